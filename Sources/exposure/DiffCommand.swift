import ArgumentParser
import ExposureKit
import Foundation

/// `exposure diff`: what changed between two exports of one account, or since a scan, so a person
/// who acted can see that it worked.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two exports or scans of the same account.",
        discussion: """
            Lists the items added and removed, and those whose visibility, AI-training verdict, location or \
            caption changed, counts first. Name a side by its export's name (its items now) or by a scan's \
            number (its items as that scan left them). With no side named, compares the two latest exports \
            of the same platform and account; with one scan number, compares that scan with its export now, \
            which shows what your answers (review, visibility set) changed since. Items are matched by file name \
            (docs/diff.md).
            """)

    @Argument(help: ArgumentHelp("The older side, then the newer: an export's name or a scan's number.", valueName: "side"))
    var sides: [String] = []

    @Option(help: ArgumentHelp("text, or json for scripts (schema: docs/diff-json-schema.md).", valueName: "format"))
    var format: Report.Format = .text

    @Option(name: .customLong("csv"), help: ArgumentHelp(
        "Also write the added, removed and changed items as CSV to this file, or - for standard output alone.",
        valueName: "file"))
    var csv: String?

    @OptionGroup var database: DatabaseOption

    func validate() throws {
        if sides.count > 2 { throw ValidationError("Give at most two sides: exposure diff OLD NEW.") }
        if csv == "-", format == .json { throw ValidationError("--csv - and --format json both write to standard output; pick one.") }
    }

    func run() throws {
        try reportingErrors {
            let db = try database.open(create: false)
            let (old, new) = try db.read { db in try DiffSides.resolve(sides, db) }
            try Verdicts.refreshIfStale(db)
            let diff = try db.read { db in try ExportDiff.fetch(old: old, new: new, db) }
            if let csv { try OutputFile.write(DiffCSV.text(diff), to: csv) }
            if csv == "-" { return }
            writeOut(format == .json ? try diff.json() : DiffText.text(diff, style: .forStandardOutput()))
        }
    }
}
