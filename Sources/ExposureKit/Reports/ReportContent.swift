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
}

/// What the caller adds to what the database holds: the verdict engine's rule-set date and the facts
/// it is missing, and the time the report is made.
public struct ReportInputs: Sendable {
    public var ruleSetDate: String?
    public var missingFacts: [MissingFactLine]
    public var generatedAt: String

    public init(ruleSetDate: String?, missingFacts: [MissingFactLine], generatedAt: String) {
        self.ruleSetDate = ruleSetDate
        self.missingFacts = missingFacts
        self.generatedAt = generatedAt
    }
}

extension ReportContent {
    /// Reads the database once and builds the report; `rows` is returned too for the HTML's item table.
    public static func fetch(_ db: Database, _ inputs: ReportInputs) throws -> (content: ReportContent, rows: [ItemRow]) {
        let rows = try ItemRow.fetchAll(db)
        return (ReportContent(rows: rows, exports: try ExportSummary.fetchAll(db), inputs: inputs), rows)
    }

    /// The report for these items and exports.
    public init(rows: [ItemRow], exports: [ExportSummary], inputs: ReportInputs) {
        let items = rows.map(\.item)
        self.init(
            generatedAt: inputs.generatedAt, ruleSetDate: inputs.ruleSetDate, headline: Headline(items),
            aiTraining: VerdictSummary(items), topExposures: ExposedItem.ranked(rows), timeline: YearCount.timeline(items),
            missingFacts: inputs.missingFacts.filter { $0.unknownItems > 0 }, exports: exports)
    }
}
