import ArgumentParser
import ExposureKit
import Foundation

/// `exposure report`: the summary a person can act on, in the terminal, as JSON, or as an offline HTML page.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Summarise what the scanned exports give away.",
        discussion: """
            Prints how many items are public and what they give away, the AI-training verdicts, the items to \
            deal with first, a timeline and the facts still missing. --html writes the same as one page that \
            works offline and makes no network request.
            """)

    /// How the report is printed on standard output.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(help: ArgumentHelp("text, or json for scripts (schema: docs/report-json-schema.md).", valueName: "format"))
    var format: Format?

    @Option(name: .customLong("html"), help: ArgumentHelp(
        "Write the report as one self-contained HTML file instead, readable by you only.", valueName: "file"))
    var html: String?

    @Flag(name: .customLong("embed-thumbnails"), help: """
        Embed the photos in the HTML file as previews. Needed for previews from a zip export; \
        a folder export's photos are linked instead.
        """)
    var embedThumbnails = false

    @Option(name: .customLong("embed-limit"), help: ArgumentHelp(
        "The most megabytes of photos --embed-thumbnails puts in the file.", valueName: "MB"))
    var embedLimit = 50

    @OptionGroup var database: DatabaseOption

    func validate() throws {
        if html != nil, format != nil { throw ValidationError("Use --html or --format, not both: each writes the whole report.") }
        if html == nil, embedThumbnails { throw ValidationError("--embed-thumbnails only applies with --html FILE.") }
        if embedLimit < 1 { throw ValidationError("--embed-limit must be at least 1 (megabyte).") }
    }

    func run() throws {
        try reportingErrors {
            let db = try database.open(create: false)
            try Verdicts.refreshIfStale(db)
            if let html {
                let (content, rows) = try db.read { db in
                    var inputs = try ReportInputs.current(db)
                    inputs.database = database.path
                    return try ReportContent.fetchWithRows(db, inputs)
                }
                return try writeHTML(content, rows, to: html)
            }
            let content = try db.read { db in try ReportContent.fetch(db, database: database.path) }
            if format == .json {
                writeOut(try ReportJSON.text(content))
            } else {
                writeOut(TerminalReport.text(content, database: db.path, style: .forStandardOutput()))
            }
        }
    }

    private func writeHTML(_ content: ReportContent, _ rows: [ItemRow], to path: String) throws {
        let folder = URL(fileURLWithPath: path == "-" ? "." : path).deletingLastPathComponent()
        let options = Thumbnails.Options(embed: embedThumbnails, embedLimit: embedLimit << 20, reportFolder: folder)
        let thumbnails = Thumbnails.collect(rows, exports: content.exports, options: options)
        let page = Data(HTMLReport.page(content, rows: rows, thumbnails: thumbnails).utf8)
        try OutputFile.write(page, to: path)
        guard path != "-" else { return }
        writeOut("Wrote \(path) (\(ByteSize.text(page.count))). Open it in a browser: it works offline and loads nothing from the network.\n")
    }
}
