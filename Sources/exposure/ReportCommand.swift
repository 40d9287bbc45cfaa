import ArgumentParser
import ExposureKit

/// `exposure report`: the summary a person can act on.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Summarise what the scanned exports give away.")

    @OptionGroup var database: DatabaseOption

    func run() throws {
        try reportingErrors {
            let db = try database.open(create: false)
            let summaries = try db.read(ExportSummary.fetchAll)
            writeOut(TerminalReport.text(summaries, database: db.path))
        }
    }
}
