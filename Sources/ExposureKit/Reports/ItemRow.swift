import GRDB

/// An item as reports and the CSV see it: the stored item with its export and every way it was found.
public struct ItemRow: Sendable {
    public var item: ItemRecord
    public var platform: Platform
    public var exportName: String
    public var sources: [SourceKind]

    /// Every item of every export, ordered by platform, export, then path.
    public static func fetchAll(_ db: Database) throws -> [ItemRow] {
        let exports = try ExportRecord.fetchAll(db).reduce(into: [Int64: ExportRecord]()) { $0[$1.id!] = $1 }
        var sources: [Int64: [SourceKind]] = [:]
        let cursor = try Row.fetchCursor(db, sql: "SELECT DISTINCT itemId, kind FROM itemSource")
        while let row = try cursor.next() {
            if let kind = SourceKind(rawValue: row[1]) { sources[row[0], default: []].append(kind) }
        }
        let order = "(SELECT platform FROM export WHERE id = exportId), (SELECT name FROM export WHERE id = exportId), archivePath"
        return try ItemRecord.order(SQL(sql: order)).fetchAll(db).compactMap { item -> ItemRow? in
            guard let export = exports[item.exportId], let platform = Platform(rawValue: export.platform) else { return nil }
            return ItemRow(item: item, platform: platform, exportName: export.name, sources: (sources[item.id!] ?? []).sorted())
        }
    }
}
