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
    static func forEach(_ db: Database, _ body: (ItemRow) throws -> Void) throws {
        let sources = try SourceSets(db)
        for export in try ExportRecord.inReportOrder(db) {
            guard let platform = Platform(rawValue: export.platform) else { continue }
            let cursor = try Row.fetchCursor(db, sql: "SELECT id, \(columns) FROM item WHERE exportId = ? ORDER BY archivePath",
                                             arguments: [export.id!])
            while let row = try cursor.next() {
                let item = ItemRecord(row: row)
                try body(ItemRow(item: item, platform: platform, exportName: export.name, sources: sources.kinds(of: item.id!)))
            }
        }
    }

    /// Hands `body` the items with these ids, in this order, read a thousand at a time: for a report that
    /// writes every item in an order SQLite does not know, without holding them all. Read one by one, each
    /// item cost GRDB a copy of its row and took a sixth of the HTML report's time.
    static func forEach(_ db: Database, ids: [Int64], _ body: (ItemRow) throws -> Void) throws {
        let sources = try SourceSets(db)
        let exports = Dictionary(uniqueKeysWithValues: try ExportRecord.fetchAll(db).map { ($0.id!, $0) })
        for start in stride(from: 0, to: ids.count, by: 1_000) {
            let batch = Array(ids[start..<min(start + 1_000, ids.count)])
            let statement = try db.cachedStatement(
                sql: "SELECT id, \(columns) FROM item WHERE id IN (\(repeatElement("?", count: batch.count).joined(separator: ",")))")
            var found: [Int64: ItemRecord] = [:]
            let cursor = try ItemRecord.fetchCursor(statement, arguments: StatementArguments(batch))
            while let item = try cursor.next() { found[item.id!] = item }
            for id in batch {
                guard let item = found[id], let export = exports[item.exportId],
                      let platform = Platform(rawValue: export.platform) else { continue }
                try body(ItemRow(item: item, platform: platform, exportName: export.name, sources: sources.kinds(of: id)))
            }
        }
    }

    /// The items at these places, each read on its own, in the order of `fetchAll`: for the few items
    /// a report lists, found while it counted the rest.
    static func fetchAll(_ db: Database, at places: [ItemGroups.Place], sources: SourceSets) throws -> [ItemRow] {
        let statement = try db.cachedStatement(sql: "SELECT id, \(columns) FROM item WHERE id = ?")
        return try ItemGroups.Place.inReportOrder(places, db).compactMap { export, place in
            guard let platform = Platform(rawValue: export.platform),
                  let item = try ItemRecord.fetchOne(statement, arguments: [place.id])
            else { return nil }
            return ItemRow(item: item, platform: platform, exportName: export.name, sources: sources.kinds(of: place.id))
        }
    }

    /// Every column but `jsonMetadata`, which no report shows and which would double what is read.
    private static let columns = ItemRecord.columnNames.map { $0 == "jsonMetadata" ? "NULL" : $0 }.joined(separator: ", ")
}

extension ExportRecord {
    /// Facebook's exports before Instagram's, each platform's by name: the order every report lists them in.
    static func inReportOrder(_ db: Database) throws -> [ExportRecord] {
        try ExportRecord.order(Column("platform"), Column("name")).fetchAll(db)
    }
}
