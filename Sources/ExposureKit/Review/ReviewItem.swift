import GRDB

/// An item whose audience is unknown, with just what a question about it shows and counts.
struct ReviewItem {
    var id: Int64
    var platform: Platform
    var place: ReviewPlace
    var album: String?
    /// `YYYY-MM-DD…`, the platform's posting time.
    var postedAt: String?
    var path: String
    var caption: String?
    var isVideo: Bool
    var gives: Set<Giveaway>
    /// True when the verdict is `unknown` and only who could see the item keeps it so.
    var waitsOnAudience: Bool
    var link: String?

    /// Every item of a known platform whose audience the export, the platform's rules and the
    /// person's answers leave unknown, in path order within each export.
    ///
    /// Places are worked out here from the items' source kinds rather than by `ReviewPlace.sql`,
    /// whose subqueries per item took seconds at 100,000 items; `ReviewPlace.order` keeps the two alike.
    static func forEach(_ db: Database, _ body: (ReviewItem) throws -> Void) throws {
        let sources = try SourceSets(db)
        var places = PlaceMemo()
        // A few distinct lists of missing facts stand for every item: decide each once.
        var waits: [String: Bool] = [:]
        let links = try platformLinks(db)
        let sql = """
            SELECT item.id, export.platform, item.album, item.postedAt, item.archivePath, item.caption, item.mediaType,
                \(ItemGroups.Filled.sql), item.aiTraining, item.aiMissing
            FROM item JOIN export ON export.id = item.exportId
            WHERE item.visibility = 'unknown' ORDER BY item.exportId, item.archivePath
            """
        let cursor = try Row.fetchCursor(db, sql: sql)
        while let row = try cursor.next() {
            guard let platform = Platform(rawValue: row[1]) else { continue }
            let id: Int64 = row[0]
            let album: String? = row[2]
            try body(ReviewItem(
                id: id, platform: platform, place: places.place(sources.set(of: id), isFacebook: platform == .facebook, album: album),
                album: album, postedAt: row[3], path: row[4], caption: row[5],
                isVideo: (row[6] as String) == MediaType.video.rawValue, gives: ItemGroups.Filled(rawValue: row[7]).giveaways,
                waitsOnAudience: waits.memo(verdict: row[8], missing: row[9]), link: links[id]))
        }
    }

    /// Places already worked out: most items share a few mixes of kinds, platform and album.
    private struct PlaceMemo {
        private struct Key: Hashable {
            var kinds: SourceSets.Kinds
            var isFacebook: Bool
            var album: String?
        }

        private var known: [Key: ReviewPlace] = [:]

        mutating func place(_ kinds: SourceSets.Kinds, isFacebook: Bool, album: String?) -> ReviewPlace {
            let key = Key(kinds: kinds, isFacebook: isFacebook, album: album)
            if let place = known[key] { return place }
            let place = ReviewPlace.of(kinds, isFacebook: isFacebook, album: album)
            known[key] = place
            return place
        }
    }

    /// Each item's first link that opens it on Facebook or Instagram; links to copies on Meta's
    /// servers, most of them, are passed over in SQL.
    private static func platformLinks(_ db: Database) throws -> [Int64: String] {
        let hosts = PlatformLink.hosts.map { "link LIKE '%\($0)%'" }.joined(separator: " OR ")
        var links: [Int64: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT itemId, link FROM itemSource WHERE link IS NOT NULL AND (\(hosts)) ORDER BY id") {
            let (id, link): (Int64, String) = (row[0], row[1])
            if links[id] == nil, PlatformLink.opensOnPlatform(link) { links[id] = link }
        }
        return links
    }

    /// Whether an answer about the audience alone would decide the verdict.
    fileprivate static func waitsOnAudience(verdict: String?, missing: String?) -> Bool {
        guard verdict == VerdictKind.unknown.rawValue, let missing else { return false }
        let keys = missing.split(separator: ";").map(String.init)
        let audience = [MissingFact.visibility.key, MissingFact.publicUntil.key]
        return keys.contains(MissingFact.visibility.key) && keys.allSatisfy(audience.contains)
    }

    /// The year and month it was posted, when known.
    var yearMonth: (year: Int, month: Int)? {
        guard let postedAt, postedAt.utf8.count >= 7, let year = Int(postedAt.prefix(4)),
              let month = Int(postedAt.dropFirst(5).prefix(2))
        else { return nil }
        return (year, month)
    }

    /// How much an answer about this item is worth: a verdict it decides, more so when the item gives
    /// something away.
    var weight: Int {
        (waitsOnAudience ? 10 : 1) * (1 + (gives.contains(.location) ? 2 : 0) + (gives.contains(.uploadIP) ? 1 : 0)
            + (gives.contains(.cameraSerial) ? 1 : 0))
    }
}

private extension Dictionary where Key == String, Value == Bool {
    /// `ReviewItem.waitsOnAudience` for this verdict and list of missing facts, worked out once per list.
    mutating func memo(verdict: String?, missing: String?) -> Bool {
        guard verdict == VerdictKind.unknown.rawValue, let missing else { return false }
        if let known = self[missing] { return known }
        let waits = ReviewItem.waitsOnAudience(verdict: verdict, missing: missing)
        self[missing] = waits
        return waits
    }
}
