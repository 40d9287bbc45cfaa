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

    /// Hands `body` every item in the order of `fetchAll`, one at a time, so a caller that needs each
    /// item only once never holds them all in memory.
    static func forEach(_ db: Database, reading columns: ItemColumns = .reported, sources: SourceSets? = nil,
                        _ body: (ItemRow) throws -> Void) throws {
        let sources = try sources ?? SourceSets(db)
        for export in try ExportRecord.inReportOrder(db) {
            guard let platform = Platform(rawValue: export.platform) else { continue }
            let cursor = try Row.fetchCursor(db, sql: "SELECT \(columns.sql) FROM item WHERE exportId = ? ORDER BY archivePath",
                                             arguments: [export.id!])
            while let row = try cursor.next() {
                let item = ItemRecord(row: row, reading: columns)
                try body(ItemRow(item: item, platform: platform, exportName: export.name, sources: sources.kinds(of: item.id!)))
            }
        }
    }

    /// Hands `body` the items with these ids, in this order, a thousand ids at a time handed to SQLite as one
    /// JSON array and each row put in place by its position there: for a report that writes every item in an
    /// order SQLite does not know, without holding them all.
    static func forEach(_ db: Database, ids: [Int64], reading columns: ItemColumns = .reported,
                        sources: SourceSets? = nil, _ body: (ItemRow) throws -> Void) throws {
        let sources = try sources ?? SourceSets(db)
        let exports = Dictionary(uniqueKeysWithValues: try ExportRecord.fetchAll(db).map { ($0.id!, $0) })
        let statement = try db.cachedStatement(sql: """
            SELECT \(columns.sql), wanted.key FROM json_each(?) AS wanted JOIN item ON item.id = wanted.value
            """)
        for start in stride(from: 0, to: ids.count, by: 1_000) {
            let batch = ids[start..<min(start + 1_000, ids.count)]
            var found = [ItemRecord?](repeating: nil, count: batch.count)
            let cursor = try Row.fetchCursor(statement, arguments: ["[" + batch.map(String.init).joined(separator: ",") + "]"])
            while let row = try cursor.next() { found[row[ItemRecord.columnNames.count + 1]] = ItemRecord(row: row, reading: columns) }
            for index in found.indices {
                guard let item = found[index].take(), let export = exports[item.exportId],
                      let platform = Platform(rawValue: export.platform) else { continue }
                try body(ItemRow(item: item, platform: platform, exportName: export.name, sources: sources.kinds(of: item.id!)))
            }
        }
    }

    /// The items at these places, each read on its own, in the order of `fetchAll`: for the few items
    /// a report lists, found while it counted the rest.
    static func fetchAll(_ db: Database, at places: [ItemGroups.Place], sources: SourceSets) throws -> [ItemRow] {
        let statement = try db.cachedStatement(sql: "SELECT \(ItemColumns.reported.sql) FROM item WHERE id = ?")
        return try ItemGroups.Place.inReportOrder(places, db).compactMap { export, place in
            guard let platform = Platform(rawValue: export.platform),
                  let item = try ItemRecord.fetchOne(statement, arguments: [place.id])
            else { return nil }
            return ItemRow(item: item, platform: platform, exportName: export.name, sources: sources.kinds(of: place.id))
        }
    }
}

extension ExportRecord {
    /// Facebook's exports before Instagram's, each platform's by name: the order every report lists them in.
    static func inReportOrder(_ db: Database) throws -> [ExportRecord] {
        try ExportRecord.order(Column("platform"), Column("name")).fetchAll(db)
    }
}

extension ItemColumns {
    /// Every column but `jsonMetadata`, which no report shows and which would double what is read.
    static let reported = ItemColumns(ItemRecord.columnNames.filter { $0 != "jsonMetadata" })
}
