import Foundation
import GRDB

/// Lets the user say who can see items the export is silent about. Each override is kept as a filter
/// and applied again after every scan, so a rescan never loses what the user said.
public enum VisibilityOverrides {
    /// Which items an override covers; every filter given must match.
    public struct Filter: Sendable {
        public var platform: Platform?
        public var album: String?
        public var source: SourceKind?
        /// Posted before this UTC day.
        public var before: CalendarDay?
        /// Posted on this UTC day or later.
        public var after: CalendarDay?
        /// A shell-style pattern on the archive path, such as `your_facebook_activity/posts/media/Trip*`.
        public var pathGlob: String?
        /// Where the review places the items, such as `albums` or `posts`.
        public var place: ReviewPlace?
        /// Only items the export gives no posting date.
        public var undated = false
        /// Only items whose audience is still unknown, so an answer never overwrites an earlier one.
        public var unanswered = false

        public init() {}
    }

    /// Stores the override, applies it, and returns how many items it changed.
    public static func add(_ visibility: Visibility, sincePosting: Bool, filter: Filter, _ db: Database) throws -> Int {
        var record = VisibilityOverrideRecord(
            id: nil, visibility: visibility.rawValue, platform: filter.platform?.rawValue, album: filter.album,
            source: filter.source?.rawValue, before: filter.before?.description, after: filter.after?.description,
            pathGlob: filter.pathGlob, createdAt: Instant.text(Date()), sincePosting: sincePosting,
            place: filter.place?.rawValue, undated: filter.undated, unanswered: filter.unanswered)
        try record.insert(db)
        let before = try fingerprints(db)
        try applyAll(db)
        let after = try fingerprints(db)
        return after.filter { before[$0.key] != $0.value }.count
    }

    /// Resets every item to what its export said, then applies the user's overrides in the order given.
    static func applyAll(_ db: Database) throws {
        try db.execute(sql: """
            UPDATE item SET visibility = exportVisibility, visibilitySource = exportVisibilitySource,
                wasPublic = exportWasPublic
            """)
        for record in try VisibilityOverrideRecord.order(Column("id")).fetchAll(db) {
            try apply(record, db)
        }
    }

    private static func apply(_ record: VisibilityOverrideRecord, _ db: Database) throws {
        let (condition, arguments) = matching(record)
        let wasPublic = record.visibility == Visibility.public.rawValue ? "yes" : "no"
        try db.execute(
            sql: """
                UPDATE item SET visibility = ?, visibilitySource = 'user',
                    wasPublic = CASE WHEN ? THEN ? ELSE wasPublic END
                WHERE \(condition)
                """,
            arguments: [record.visibility, record.sincePosting, wasPublic] + arguments)
    }

    private static func matching(_ record: VisibilityOverrideRecord) -> (String, StatementArguments) {
        var clauses = ["1"]
        var arguments: StatementArguments = []
        func add(_ clause: String, _ value: String?) {
            guard let value else { return }
            clauses.append(clause)
            arguments += [value]
        }
        add("exportId IN (SELECT id FROM export WHERE platform = ?)", record.platform)
        add("album = ? COLLATE NOCASE", record.album)
        add("id IN (SELECT itemId FROM itemSource WHERE kind = ?)", record.source)
        add("postedAt < ?", record.before)
        add("postedAt >= ?", record.after)
        add("archivePath GLOB ?", record.pathGlob)
        add("\(ReviewPlace.sql) = ?", record.place)
        if record.undated { clauses.append("postedAt IS NULL") }
        if record.unanswered { clauses.append("visibility = 'unknown'") }
        return (clauses.joined(separator: " AND "), arguments)
    }

    private static func fingerprints(_ db: Database) throws -> [Int64: String] {
        var result: [Int64: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, visibility, visibilitySource, wasPublic FROM item") {
            result[row["id"]] = "\(row["visibility"] as String? ?? "")|\(row["visibilitySource"] as String? ?? "")|\(row["wasPublic"] as String? ?? "")"
        }
        return result
    }
}
