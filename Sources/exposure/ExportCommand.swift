import ArgumentParser
import ExposureKit
import Foundation

/// `exposure export --csv`: every item as a spreadsheet row.
struct ExportCSV: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write every scanned item as CSV (columns: docs/csv-columns.md).")

    @Option(name: .customLong("csv"), help: ArgumentHelp("The CSV file to write, or - for standard output.", valueName: "file"))
    var csv: String

    @OptionGroup var database: DatabaseOption

    func run() throws {
        try reportingErrors {
            let db = try database.open(create: false)
            let text = CSVExport.text(try db.read(ItemRow.fetchAll))
            try OutputFile.write(text, to: csv)
        }
    }
}
