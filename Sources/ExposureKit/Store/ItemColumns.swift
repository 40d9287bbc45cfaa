/// The columns one read of items fills; the others are selected as NULL and left nil without being looked
/// at. Turning every text of 100,000 items into Swift strings, and asking SQLite about every empty column,
/// was most of the cost of a report's pass that needed a few of them.
struct ItemColumns: Sendable {
    /// The select list: `id`, then every column of `ItemRecord.columnNames` in its place, read or NULL.
    let sql: String
    /// Whether the column at each position of the select list is read.
    private let read: [Bool]

    /// Every column.
    static let all = ItemColumns(ItemRecord.columnNames)

    /// These columns and those that are never NULL, which no item can be made without.
    init(_ names: [String]) {
        let names = Set(names).union(Self.required)
        read = [true] + ItemRecord.columnNames.map(names.contains)
        sql = (["item.id"] + ItemRecord.columnNames.map { names.contains($0) ? "item.\($0)" : "NULL" }).joined(separator: ", ")
    }

    func reads(_ position: Int) -> Bool { read[position] }

    private static let required = ["exportId", "archivePath", "mediaType", "fileStatus", "exifStatus", "visibility",
                                   "visibilitySource", "lastScanId"]
}
