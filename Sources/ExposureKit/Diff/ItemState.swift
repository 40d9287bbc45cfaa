import GRDB

/// What `exposure diff` compares of one item: where it is, who can see it, its verdict, where it was
/// taken and what it says. Read from the items as they are now, or from the copy a scan kept.
public struct ItemState: Sendable, Equatable, Encodable {
    public var itemId: Int64
    public var archivePath: String
    public var mediaType: String
    public var sources: [SourceKind]
    public var album: String?
    public var caption: String?
    public var postedAt: String?
    public var visibility: String
    public var visibilitySource: String
    /// `used`, `excluded` or `unknown`; nil when verdicts were never computed.
    public var verdict: String?
    public var rule: String?
    public var latitude: Double?
    public var longitude: Double?

    /// The last part of the path: Meta's file names carry the media's ids and survive a new export,
    /// the folders around them may not.
    public var fileName: String {
        String(archivePath.split(separator: "/", omittingEmptySubsequences: false).last ?? "")
    }

    init(row: Row) {
        itemId = row[0]
        archivePath = row[1]
        mediaType = row[2]
        sources = ((row[3] as String?) ?? "").split(separator: ";").compactMap { SourceKind(rawValue: String($0)) }.sorted()
        album = row[4]
        caption = row[5]
        postedAt = row[6]
        visibility = row[7]
        visibilitySource = row[8]
        verdict = row[9]
        rule = row[10]
        latitude = Self.rounded(row[11])
        longitude = Self.rounded(row[12])
    }

    /// Seven decimal places (about a centimetre), as the CSV writes them, so a re-export's float noise is no change.
    private static func rounded(_ degrees: Double?) -> Double? {
        degrees.map { ($0 * 1e7).rounded() / 1e7 }
    }

    enum CodingKeys: String, CodingKey {
        case archivePath, mediaType, sources, album, caption, postedAt, visibility, visibilitySource, verdict, rule,
             latitude, longitude
    }
}

/// Keeps a copy of every item's state at each scan that reads an export, so a later `exposure diff`
/// can show what a person's answers (`visibility set`, review) changed since then.
public enum ItemStates {
    /// The compared columns of `item`, in the order `ItemState(row:)` reads them. The location follows
    /// `ItemRecord.latitude`: Meta's coordinates first, else the file's.
    private static let itemSelection = """
        id, archivePath, mediaType, (SELECT group_concat(kind, ';') FROM itemSource WHERE itemId = item.id),
        album, caption, postedAt, visibility, visibilitySource, aiTraining, aiRule,
        COALESCE(jsonLatitude, CASE WHEN jsonLongitude IS NULL THEN exifLatitude END),
        COALESCE(jsonLongitude, CASE WHEN jsonLatitude IS NULL THEN exifLongitude END)
        """
    private static let stateColumns =
        "itemId, archivePath, mediaType, sources, album, caption, postedAt, visibility, visibilitySource, verdict, rule, latitude, longitude"

    /// The migration that adds the copies; registered as "v7 item state at each scan".
    static func createTable(_ db: Database) throws {
        try db.create(table: "itemState") { t in
            t.belongsTo("scan", onDelete: .cascade).notNull()
            t.column("itemId", .integer).notNull()
            t.column("archivePath", .text).notNull()
            t.column("mediaType", .text).notNull()
            t.column("sources", .text)
            t.column("album", .text)
            t.column("caption", .text)
            t.column("postedAt", .text)
            t.column("visibility", .text).notNull()
            t.column("visibilitySource", .text).notNull()
            t.column("verdict", .text)
            t.column("rule", .text)
            t.column("latitude", .double)
            t.column("longitude", .double)
            t.primaryKey(["scanId", "itemId"])
        }
    }

    /// Copies the export's items as the scan leaves them, verdicts included.
    static func record(scanId: Int64, exportId: Int64, _ db: Database) throws {
        try db.execute(
            sql: "INSERT INTO itemState (scanId, \(stateColumns)) SELECT ?, \(itemSelection) FROM item WHERE exportId = ?",
            arguments: [scanId, exportId])
    }

    /// The export's items as they are now.
    static func now(exportId: Int64, _ db: Database) throws -> [ItemState] {
        try Row.fetchAll(db, sql: "SELECT \(itemSelection) FROM item WHERE exportId = ?", arguments: [exportId])
            .map(ItemState.init)
    }

    /// The items as the scan left them.
    static func at(scanId: Int64, _ db: Database) throws -> [ItemState] {
        try Row.fetchAll(db, sql: "SELECT \(stateColumns) FROM itemState WHERE scanId = ?", arguments: [scanId])
            .map(ItemState.init)
    }

    /// Whether the scan kept a copy: scans that found the export unchanged, and scans made before
    /// this version, did not.
    static func kept(scanId: Int64, _ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM itemState WHERE scanId = ?)", arguments: [scanId]) ?? false
    }

    /// The last scan of the export that kept a copy.
    static func lastKept(exportId: Int64, _ db: Database) throws -> Int64? {
        try Int64.fetchOne(db, sql: """
            SELECT MAX(scanId) FROM itemState WHERE scanId IN (SELECT id FROM scan WHERE exportId = ?)
            """, arguments: [exportId])
    }
}
