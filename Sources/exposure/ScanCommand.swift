import ArgumentParser
import ExposureKit

/// `exposure scan`: reads an export where it lies and records what its media give away.
struct Scan: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Scan a Facebook or Instagram export (zip, zip parts, or extracted folder) into the database.",
        discussion: "Give every part of one export together. Nothing is extracted and the export is never changed.")

    @Argument(help: ArgumentHelp("The export: one zip, several zip parts, or an extracted folder.", valueName: "path"))
    var paths: [String]

    @OptionGroup var database: DatabaseOption

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Give the path of the downloaded export.") }
    }

    func run() throws {
        try reportingErrors {
            let db = try database.open(create: true)
            let summary = try Scanner(database: db).scan(paths: paths)
            writeOut(ScanMessage.text(summary, database: db.path))
        }
    }
}
