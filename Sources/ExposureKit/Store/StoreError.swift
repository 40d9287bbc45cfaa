/// Why the database cannot be used, worded for the user.
public enum StoreError: Error, CustomStringConvertible {
    case cannotCreate(String, String)
    case cannotOpen(String, String)
    case noDatabase(String)
    case newerSchema(String)

    public var description: String {
        switch self {
        case .cannotCreate(let path, let why):
            return "\(path): cannot create the database: \(why). Choose another place with --db."
        case .cannotOpen(let path, let why):
            return "\(path): cannot open the database: \(why)."
        case .noDatabase(let path):
            return "\(path): no database here yet. Run `exposure scan` on your export first, or point --db at the database you scanned into."
        case .newerSchema(let path):
            return "\(path): this database was written by a newer version of Exposure. Update Exposure to read it."
        }
    }
}
