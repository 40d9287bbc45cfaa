import ArgumentParser
import ExposureKit

/// `exposure plan`: what the person can do about what the exports show, each step with its sources.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "List what you can do, most effective first, with where to do it and the sources.",
        discussion: """
            Each step says what it does, how many items it covers, what it does not cover, where to do it and its \
            sources. A step shows as done once a later export or your own answers show its effect. Exposure changes \
            nothing itself: it has no network code.
            """)

    /// How the plan is printed.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Flag(help: "List every item each step covers.")
    var items = false

    @Option(help: ArgumentHelp("text, or json for scripts (the report's `plan` member, docs/report-json-schema.md).", valueName: "format"))
    var format: Format = .text

    @OptionGroup var database: DatabaseOption

    func run() throws {
        try reportingErrors {
            let db = try database.open(create: false)
            try Verdicts.refreshIfStale(db)
            let plan = try db.read { db in try ActionPlan.fetch(db, listingItems: items) }
            guard !plan.actions.isEmpty else {
                return writeOut("No export has been scanned into \(db.path) yet. Run: exposure scan PATH-TO-EXPORT\n")
            }
            writeOut(format == .json ? try ReportJSON.text(plan) : TerminalPlan.text(plan, style: .forStandardOutput()))
        }
    }
}
