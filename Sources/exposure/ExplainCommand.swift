import ArgumentParser
import ExposureKit

/// `exposure explain ITEM`: the chain of facts and rules behind one verdict.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show why an item got its AI-training verdict: the facts, each rule in order, and the sources.")

    @Argument(help: ArgumentHelp("An item's archive path (or its end) or its id.", valueName: "item"))
    var item: String

    @OptionGroup var database: DatabaseOption

    func run() throws {
        try reportingErrors {
            let db = try database.open(create: false)
            let text = try db.read { db in try ExplainText.text(for: item, db) }
            writeOut(text)
        }
    }
}
