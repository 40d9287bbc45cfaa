import ArgumentParser
import ExposureKit
import Foundation

extension CSVFilter: ExpressibleByArgument {}

/// `exposure export --csv`: every item as a spreadsheet row, or only those that need acting on.
struct ExportCSV: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write the scanned items as CSV (columns: docs/csv-columns.md).")

    @Option(name: .customLong("csv"), help: ArgumentHelp("The CSV file to write, or - for standard output.", valueName: "file"))
    var csv: String

    @Option(name: .customLong("only"), help: ArgumentHelp("""
        Keep only items Meta may train on (used), that are public now (public), or that carry a location \
        (location). Repeat to combine: --only public --only location.
        """, valueName: "used|public|location"))
    var only: [CSVFilter] = []

    @Flag(name: .customLong("bom"), help: "Start with a UTF-8 byte order mark, for spreadsheet programs that need one.")
    var bom = false

    @OptionGroup var database: DatabaseOption

    func run() throws {
        try reportingErrors {
            let db = try database.open(create: false)
            try Verdicts.refreshIfStale(db)
            try db.read { db in
                try OutputFile.stream(to: csv) { try CSVExport.write(db, only: only, bom: bom, to: $0) }
            }
        }
    }
}
