import GRDB

/// The items the HTML report lists, handed twice rather than held: once in any order, to put them in
/// exposure order and draw the map, then one by one in that order, to write them.
struct HTMLItems {
    /// Hands every item once, in any order.
    var forEach: ((ItemRow) throws -> Void) throws -> Void
    /// Hands the items with these ids, in this order.
    var inOrder: ([Int64], (ItemRow) throws -> Void) throws -> Void

    /// The items stored in `db`, each pass reading only the columns it uses, both the items' sources read once.
    static func stored(_ db: Database) throws -> HTMLItems {
        let sources = try SourceSets(db)
        return HTMLItems(forEach: { try ItemRow.forEach(db, reading: orderColumns, sources: sources, $0) },
                         inOrder: { try ItemRow.forEach(db, ids: $0, reading: tableColumns, sources: sources, $1) })
    }

    /// What the exposure order and the map are worked out from.
    static let orderColumns = ItemColumns([
        "visibility", "jsonLatitude", "jsonLongitude", "exifLatitude", "exifLongitude", "exifSerialNumber", "uploadIP",
        "aiTraining", "postedAt", "jsonTakenAt", "exifDateTimeOriginal", "archivePath",
    ])

    /// What the table shows, and what its previews are found by.
    static let tableColumns = ItemColumns([
        "aiTraining", "visibility", "album", "archivePath", "postedAt", "jsonTakenAt", "exifDateTimeOriginal",
        "jsonLatitude", "jsonLongitude", "exifLatitude", "exifLongitude", "caption", "mediaType", "fileStatus", "fileFormat",
    ])
}
