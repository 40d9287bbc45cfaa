import GRDB

/// The items the HTML report lists, handed twice rather than held: once in any order, to put them in
/// exposure order and draw the map, then one by one in that order, to write them.
struct HTMLItems {
    /// Hands every item once, in any order.
    var forEach: ((ItemRow) throws -> Void) throws -> Void
    /// Hands the items with these ids, in this order.
    var inOrder: ([Int64], (ItemRow) throws -> Void) throws -> Void

    /// The items stored in `db`: read with a cursor, then each on its own.
    static func stored(_ db: Database) -> HTMLItems {
        HTMLItems(forEach: { try ItemRow.forEach(db, $0) }, inOrder: { try ItemRow.forEach(db, ids: $0, $1) })
    }
}
