import GRDB

/// Finds the item a user names by its id or by its path in the export, for `exposure explain`.
public enum ItemLookup {
    public struct NotFound: Error, CustomStringConvertible {
        public let name: String
        public var description: String {
            "\(name): no item has this id or archive path. `exposure export --csv -` lists every item's archive_path."
        }
    }

    public struct Ambiguous: Error, CustomStringConvertible {
        public let name: String
        public let count: Int
        public var description: String {
            "\(name): \(count) items of different exports have this path. Give the item's id instead (the `id` column of `exposure explain` output)."
        }
    }

    /// The item's id; a whole number is tried as an id first, then as a path.
    public static func id(of name: String, _ db: Database) throws -> Int64 {
        if let id = Int64(name), try ItemRecord.exists(db, key: id) { return id }
        let trimmed = name.hasPrefix("./") ? String(name.dropFirst(2)) : name
        let ids = try Int64.fetchAll(db, sql: "SELECT id FROM item WHERE archivePath = ? OR archivePath LIKE ?", arguments: [trimmed, "%/" + trimmed])
        guard !ids.isEmpty else { throw NotFound(name: name) }
        guard ids.count == 1 else { throw Ambiguous(name: name, count: ids.count) }
        return ids[0]
    }
}
