import Foundation
import GRDB

/// Everything a report says, built once from the database, so the terminal, the JSON and the HTML
/// can never disagree. Its JSON form is documented in docs/report-json-schema.md.
public struct ReportContent: Sendable, Codable {
    /// Bumped on any change that could break a script reading the JSON; additions keep it.
    public static let currentSchemaVersion = 1

    public var schemaVersion = ReportContent.currentSchemaVersion
    public var generatedAt: String
    /// The date of the AI-training rule set the verdicts come from; nil when there are no verdicts.
    public var ruleSetDate: String?
    public var headline: Headline
    public var aiTraining: VerdictSummary
    public var topExposures: [ExposedItem]
    public var timeline: [YearCount]
    public var missingFacts: [MissingFactLine]
    public var exports: [ExportSummary]
    /// What the person can do about it ("What you can do"); nil only for content made without a database.
    public var plan: ActionPlan?
    /// The open questions of `exposure review` ("Who could see these?"), most worth answering first;
    /// nil only for content made without a database.
    public var questions: [QuestionSummary]?
}

/// What the caller adds to what the database holds: the verdict engine's rule-set date and the facts
/// it is missing, and the time the report is made.
public struct ReportInputs: Sendable {
    public var ruleSetDate: String?
    public var missingFacts: [MissingFactLine]
    public var generatedAt: String
    /// The database named on the command line, so the commands a report prints work as printed.
    public var database: String?

    public init(ruleSetDate: String?, missingFacts: [MissingFactLine], generatedAt: String, database: String? = nil) {
        self.ruleSetDate = ruleSetDate
        self.missingFacts = missingFacts
        self.generatedAt = generatedAt
        self.database = database
    }
}

extension ReportContent {
    /// Builds the report from groups of alike items, found in one pass over a few columns, and reads in
    /// full only the items it lists, so neither time nor memory grows much with the number of items.
    public static func fetch(_ db: Database, generatedAt: Date = Date(), database: String? = nil) throws -> ReportContent {
        let groups = try ItemGroups(db)
        var inputs = ReportInputs.current(groups, generatedAt: generatedAt)
        inputs.database = database
        return try fetch(db, inputs, groups)
    }

    /// The same, with the inputs given and the groups, if read already.
    static func fetch(_ db: Database, _ inputs: ReportInputs, _ groups: ItemGroups? = nil) throws -> ReportContent {
        let groups = try groups ?? ItemGroups(db)
        var tally = ReportTally()
        try groups.forEachFirstItem(db) { tally.count($0, times: $1) }
        let listed = try ItemRow.fetchAll(db, at: groups.listed, sources: groups.sources)
        for row in listed { tally.list(row) }
        var content = ReportContent(tally, exports: try ExportSummary.fetchAll(db, groups: groups), inputs: inputs)
        content.plan = try ActionPlan.fetch(db, groups: groups, listed: listed)
        content.questions = try QuestionSummary.fetchAll(db, database: inputs.database)
        return content
    }

    /// Reads every item and builds the report from them, for the HTML, which lists every item anyway.
    public static func fetchWithRows(_ db: Database, _ inputs: ReportInputs) throws -> (content: ReportContent, rows: [ItemRow]) {
        let rows = try ItemRow.fetchAll(db)
        var content = ReportContent(rows: rows, exports: try ExportSummary.fetchAll(db), inputs: inputs)
        content.plan = try ActionPlan.fetch(db, rows: rows)
        content.questions = try QuestionSummary.fetchAll(db, database: inputs.database)
        return (content, rows)
    }

    /// The report for these items and exports.
    public init(rows: [ItemRow], exports: [ExportSummary], inputs: ReportInputs) {
        var tally = ReportTally()
        for row in rows {
            tally.count(row.item)
            tally.list(row)
        }
        self.init(tally, exports: exports, inputs: inputs)
    }

    private init(_ tally: ReportTally, exports: [ExportSummary], inputs: ReportInputs) {
        self.init(
            generatedAt: inputs.generatedAt, ruleSetDate: inputs.ruleSetDate, headline: tally.headline,
            aiTraining: tally.aiTraining, topExposures: tally.topExposures, timeline: tally.timeline,
            missingFacts: inputs.missingFacts.filter { $0.unknownItems > 0 }, exports: exports)
    }
}
