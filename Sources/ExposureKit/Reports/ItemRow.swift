import GRDB

/// An item as reports and the CSV see it: the stored item with its export and every way it was found.
public struct ItemRow: Sendable {
    /// The stored item without `jsonMetadata`, which no report shows and which would double what is read.
    public var item: ItemRecord
    public var platform: Platform
    public var exportName: String
    public var sources: [SourceKind]

    /// Every item of every export, ordered by platform, export, then path.
    public static func fetchAll(_ db: Database) throws -> [ItemRow] {
        var rows: [ItemRow] = []
        try forEach(db) { rows.append($0) }
        return rows
    }

    /// Hands `body` every item, or those that match the SQL `condition`, in the order of `fetchAll`, one
    /// at a time, so a caller that needs each item only once never holds them all in memory.
    static func forEach(_ db: Database, matching condition: String? = nil, _ body: (ItemRow) throws -> Void) throws {
        let sources = try SourceSets(db, matching: condition)
        for export in try ExportRecord.order(Column("platform"), Column("name")).fetchAll(db) {
            guard let platform = Platform(rawValue: export.platform) else { continue }
            let cursor = try Row.fetchCursor(db, sql: selection(condition), arguments: [export.id!])
            while let row = try cursor.next() {
                let item = ItemRecord(row: row)
                try body(ItemRow(item: item, platform: platform, exportName: export.name, sources: sources.kinds(of: item.id!)))
            }
        }
    }

    /// One export's items by path; the unique key on (exportId, archivePath) gives the order without a sort.
    private static func selection(_ condition: String?) -> String {
        "SELECT id, \(columns) FROM item WHERE exportId = ? AND (\(condition ?? "1")) ORDER BY archivePath"
    }

    private static let columns = ItemRecord.columnNames.map { $0 == "jsonMetadata" ? "NULL" : $0 }.joined(separator: ", ")
}
