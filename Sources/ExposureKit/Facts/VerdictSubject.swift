import Foundation
import GRDB

/// An item as the AI-training rules see it, read from the database.
struct VerdictSubject {
    let id: Int64
    let facts: ItemFacts

    static func fetchAll(_ db: Database, itemId: Int64? = nil) throws -> [VerdictSubject] {
        let privacy = try accountPrivacy(db)
        var kinds: [Int64: Set<SourceKind>] = [:]
        let sourceRows = try Row.fetchCursor(
            db, sql: "SELECT itemId, kind FROM itemSource" + (itemId == nil ? "" : " WHERE itemId = ?"),
            arguments: itemId.map { [$0] } ?? [])
        while let row = try sourceRows.next() {
            if let kind = SourceKind(rawValue: row["kind"]) { kinds[row["itemId"], default: []].insert(kind) }
        }
        let sql = """
            SELECT i.id, i.exportId, e.platform, i.postedAt, i.visibility, i.visibilitySource, i.wasPublic, i.publicUntil
            FROM item i JOIN export e ON e.id = i.exportId
            """ + (itemId == nil ? "" : " WHERE i.id = ?")
        return try Row.fetchAll(db, sql: sql, arguments: itemId.map { [$0] } ?? []).compactMap { row in
            guard let platform = Platform(rawValue: row["platform"]) else { return nil }
            let id: Int64 = row["id"]
            let facts = ItemFacts(
                platform: platform, kinds: kinds[id] ?? [], postedAt: (row["postedAt"] as String?).flatMap(Instant.date),
                visibility: Visibility(rawValue: row["visibility"]) ?? .unknown,
                visibilitySource: VisibilitySource(rawValue: row["visibilitySource"]) ?? .none,
                wasPublic: (row["wasPublic"] as String?).flatMap(WasPublic.init) ?? .unknown,
                publicUntil: (row["publicUntil"] as String?).flatMap(Instant.date),
                accountPrivate: privacy[row["exportId"]])
            return VerdictSubject(id: id, facts: facts)
        }
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
