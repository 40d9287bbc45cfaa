import Foundation
import GRDB

/// An item as the AI-training rules see it, read from the database.
struct VerdictSubject {
    let id: Int64
    let facts: ItemFacts

    /// The items with ids above `after` (of one export, when given), at most `limit` of them in id
    /// order, or the one item `itemId`.
    ///
    /// Read a page at a time because verdicts may be recomputed for every item of every export.
    static func fetch(
        _ db: Database, after: Int64 = 0, limit: Int = .max, itemId: Int64? = nil, exportId: Int64? = nil
    ) throws -> [VerdictSubject] {
        let privacy = try accountPrivacy(db)
        let sql = """
            SELECT i.id, i.exportId, e.platform, i.postedAt, i.visibility, i.visibilitySource, i.wasPublic, i.publicUntil,
                (SELECT group_concat(s.kind) FROM itemSource s WHERE s.itemId = i.id) AS kinds, i.timeSource
            FROM item i JOIN export e ON e.id = i.exportId
            WHERE \(itemId == nil ? "i.id > ?" : "i.id = ?") AND (? IS NULL OR i.exportId = ?) ORDER BY i.id LIMIT ?
            """
        let arguments: StatementArguments = [itemId ?? after, exportId, exportId, limit]
        // Columns by position: looking each up by name took 40 % of this read in a first scan.
        return try Row.fetchAll(db, sql: sql, arguments: arguments).compactMap { row in
            guard let platform = Platform(rawValue: row[2]) else { return nil }
            let kinds = Set((row[8] as String?)?.split(separator: ",").compactMap { SourceKind(rawValue: String($0)) } ?? [])
            var facts = ItemFacts(
                platform: platform, kinds: kinds, postedAt: (row[3] as String?).flatMap(Instant.date),
                visibility: Visibility(rawValue: row[4]) ?? .unknown,
                visibilitySource: VisibilitySource(rawValue: row[5]) ?? .none,
                wasPublic: (row[6] as String?).flatMap(WasPublic.init) ?? .unknown,
                publicUntil: (row[7] as String?).flatMap(Instant.date),
                accountPrivate: privacy[row[1]], content: content(of: kinds))
            facts.postedUncertainty = ItemRecord.postedUncertainty(timeSource: row[9])
            return VerdictSubject(id: row[0], facts: facts)
        }
    }

    /// Sent to Meta AI, on a Dating profile, or attached to a comment, when that is the only way the export
    /// names the file.
    static func content(of kinds: Set<SourceKind>) -> ContentKind {
        if kinds == [.metaAI] { return .metaAIInteraction }
        if kinds == [.dating] { return .datingProfile }
        if !kinds.isEmpty, kinds.isSubset(of: [.comment, .groupComment]) { return .comment }
        return .media
    }

    /// Whether each Instagram export's account is private now.
    private static func accountPrivacy(_ db: Database) throws -> [Int64: Bool] {
        var result: [Int64: Bool] = [:]
        for fact in try AccountFactRecord.filter(Column("name") == AccountPrivacy.privateAccount).fetchAll(db) {
            result[fact.exportId] = fact.value == "true"
        }
        return result
    }
}
