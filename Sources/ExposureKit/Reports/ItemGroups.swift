import GRDB

/// Items that agree on everything the report's numbers look at, each group read as its first item and
/// how many items it holds, so SQLite adds up a large database instead of Swift reading every item.
enum ItemGroups {
    /// What decides an item's share of the numbers: the columns the headline, the verdicts and the
    /// timeline read or check for nil, and the first characters of the date the year is read from.
    private static let keys = [
        "exportId", "visibility", "wasPublic", "aiTraining", "aiRule",
        """
        (mediaType = 'video') + 2 * (jsonLatitude IS NULL) + 4 * (jsonLongitude IS NULL) + 8 * (exifLatitude IS NULL)
        + 16 * (exifLongitude IS NULL) + 32 * (exifSerialNumber IS NULL) + 64 * (uploadIP IS NULL)
        """,
        """
        CASE WHEN postedAt IS NOT NULL THEN 'p' || substr(postedAt, 1, 5)
        WHEN jsonTakenAt IS NOT NULL THEN 't' || substr(jsonTakenAt, 1, 5) ELSE 'e' || exifDateTimeOriginal END
        """,
    ]

    /// With exactly one MIN() aggregate, SQLite takes the bare `id` and `exportId` from the row holding
    /// the minimum, so each group is known by its first item by path.
    private static let selection = """
        SELECT id, exportId, COUNT(*), MIN(archivePath) FROM item GROUP BY \(keys.joined(separator: ", "))
        """

    private struct Group {
        var export: Int
        var firstPath: String
        var id: Int64
        var count: Int
    }

    /// Hands `body` each group's first item and size, in the order of `ItemRow.fetchAll`'s first items,
    /// so a rule's reason is taken from the same item as when every item is read.
    static func forEach(_ db: Database, _ body: (ItemRecord, Int) throws -> Void) throws {
        let exports = try ExportRecord.order(Column("platform"), Column("name")).fetchAll(db)
            .filter { Platform(rawValue: $0.platform) != nil }
        let rank = Dictionary(uniqueKeysWithValues: exports.enumerated().map { ($1.id!, $0) })
        let groups = try Row.fetchAll(db, sql: selection).compactMap { row -> Group? in
            rank[row[1]].map { Group(export: $0, firstPath: row[3], id: row[0], count: row[2]) }
        }
        for group in groups.sorted(by: precedes) {
            guard let item = try ItemRecord.fetchOne(db, key: group.id) else { continue }
            try body(item, group.count)
        }
    }

    /// By export, then by path compared byte by byte as SQLite orders it.
    private static func precedes(_ a: Group, _ b: Group) -> Bool {
        a.export != b.export ? a.export < b.export : a.firstPath.utf8.lexicographicallyPrecedes(b.firstPath.utf8)
    }
}
