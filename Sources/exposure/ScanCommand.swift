import ArgumentParser
import ExposureKit
import Foundation

/// `exposure scan`: reads an export where it lies and records what its media give away.
struct Scan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Scan a Facebook or Instagram export (zip, zip parts, or extracted folder) into the database.",
        discussion: """
            Give every part of an export together. Parts named facebook-… and instagram-… are scanned as two \
            exports. Nothing is extracted and the export is never changed. Ctrl-C stops the scan and leaves \
            the database as it was.
            """)

    @Argument(help: ArgumentHelp(
        "The export: one zip, its zip parts, or an extracted folder; a Facebook and an Instagram export may come together.",
        valueName: "path"))
    var paths: [String]

    @OptionGroup var database: DatabaseOption

    @Flag(name: .shortAndLong, help: "Print no progress line.")
    var quiet = false

    @Flag(help: "Read every file again, even when the export is unchanged since its last scan.")
    var full = false

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Give the path of the downloaded export.") }
    }

    func run() throws {
        try reportingErrors {
            let db = try database.open(create: true)
            let terminal = TerminalProgress(enabled: !quiet && isatty(STDERR_FILENO) == 1)
            let progress = ScanProgress(onChange: terminal.show)
            let interrupts = Interrupts(onFirst: progress.cancel)
            defer { interrupts.stop() }
            let summaries = try Scanner(database: db, progress: progress).scan(paths: paths, rereadAll: full)
            terminal.clear()
            writeOut(ScanMessage.text(summaries, database: db.path))
        }
    }
}
