import Foundation
import GRDB

/// `review --format json`: the open questions for scripts, in the report's JSON conventions
/// (snake_case keys; docs/report-json-schema.md describes a question).
public struct ReviewJSON: Sendable, Codable {
    public var schemaVersion = ReportContent.currentSchemaVersion
    /// Items whose audience is still unknown, asked about or not.
    public var unknownItems: Int
    public var questions: [QuestionSummary]

    public static func text(_ db: Database, database: String?) throws -> String {
        let content = ReviewJSON(unknownItems: try Questions.unknownItems(db), questions: try QuestionSummary.fetchAll(db, database: database))
        return try ReportJSON.encode(content)
    }
}
