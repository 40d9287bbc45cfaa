/// A public item that gives away more than the picture, in the order the user should deal with it.
public struct ExposedItem: Sendable, Codable, Equatable {
    public var platform: Platform
    public var export: String
    public var path: String
    public var mediaType: String
    public var album: String?
    public var caption: String?
    public var postedAt: String?
    public var takenAt: String?
    public var latitude: Double?
    public var longitude: Double?
    public var uploadIP: String?
    public var cameraSerial: String?
    public var aiTraining: String?
    public var gives: [Giveaway]
    /// The file itself still carries the location or serial, so `exposure clean` can help.
    public var fileToClean: Bool

    init(_ row: ItemRow) {
        let item = row.item
        platform = row.platform
        export = row.exportName
        path = item.archivePath
        mediaType = item.mediaType
        album = item.album
        caption = item.caption
        postedAt = item.postedAt
        takenAt = item.takenAt
        latitude = item.latitude
        longitude = item.longitude
        uploadIP = item.uploadIP
        cameraSerial = item.exifSerialNumber
        aiTraining = item.aiTraining
        gives = item.giveaways
        fileToClean = item.fileGivesAway
    }

    /// Public items with a location, then public items with a camera serial or upload IP; within each,
    /// those Meta may train on first, then the newest.
    static func ranked(_ rows: [ItemRow]) -> [ExposedItem] {
        ExposureOrder.sorted(rows).filter { $0.item.exposureTier != nil }.map(ExposedItem.init)
    }
}

/// The order every report lists items in, so the table, the terminal and the JSON agree on what comes first.
enum ExposureOrder {
    /// Sorts by keys worked out once per row: working them out in every comparison, and moving whole
    /// rows, made this a twentieth of a report's time.
    static func sorted(_ rows: [ItemRow]) -> [ItemRow] {
        let keys = rows.map { SortKey($0.item) }
        return keys.indices.sorted { keys[$0].precedes(keys[$1]) }.map { rows[$0] }
    }

    /// The ids of items handed one at a time, in this order, keeping only each item's sort key, so a
    /// report can then read and write them in order without holding them.
    struct Ids {
        private var keys: [(id: Int64, key: SortKey)] = []

        mutating func add(_ item: ItemRecord) {
            if let id = item.id { keys.append((id, SortKey(item))) }
        }

        /// Sorted by position, so the sort moves numbers rather than the keys' texts.
        var sorted: [Int64] { keys.indices.sorted { keys[$0].key.precedes(keys[$1].key) }.map { keys[$0].id } }
    }

    private struct SortKey {
        /// The exposure tier, with the items Meta may train on ahead of the rest within each tier.
        var rank: Int
        var date: String
        var path: String

        init(_ item: ItemRecord) {
            rank = (item.exposureTier ?? 2) * 2 + (item.aiTraining == "used" ? 0 : 1)
            date = item.postedAt ?? item.takenAt ?? ""
            path = item.archivePath
        }

        /// By rank, then the newest first, then by path.
        func precedes(_ other: SortKey) -> Bool {
            if rank != other.rank { return rank < other.rank }
            if date != other.date { return date > other.date }
            return path < other.path
        }
    }
}

/// One year of the timeline: what was posted, how much of it is public, and what it gives away.
public struct YearCount: Sendable, Codable, Equatable {
    /// Nil for items whose date the export does not tell.
    public var year: Int?
    public var items = 0
    public var publicItems = 0
    public var publicWithLocation = 0
    public var withLocation = 0
    public var used = 0

    /// Counts `item` `count` times.
    mutating func add(_ item: ItemRecord, _ count: Int) {
        items += count
        if item.isPublic { publicItems += count }
        if item.isPublic && item.hasLocation { publicWithLocation += count }
        if item.hasLocation { withLocation += count }
        if item.aiTraining == "used" { used += count }
    }
}
