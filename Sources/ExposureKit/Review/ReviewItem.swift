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
    /// person's answers leave unknown, in path order.
    static func fetchAll(_ db: Database) throws -> [ReviewItem] {
        let sql = """
            SELECT item.id, export.platform, \(ReviewPlace.sql), item.album, item.postedAt, item.archivePath,
                item.caption, item.mediaType, \(ItemGroups.Filled.sql), item.aiTraining, item.aiMissing,
                (SELECT s.link FROM itemSource s WHERE s.itemId = item.id AND s.link IS NOT NULL LIMIT 1)
            FROM item JOIN export ON export.id = item.exportId
            WHERE item.visibility = 'unknown' ORDER BY export.platform, item.archivePath
            """
        return try Row.fetchAll(db, sql: sql).compactMap { row in
            guard let platform = Platform(rawValue: row[1]), let place = ReviewPlace(rawValue: row[2]) else { return nil }
            return ReviewItem(
                id: row[0], platform: platform, place: place, album: row[3], postedAt: row[4], path: row[5],
                caption: row[6], isVideo: (row[7] as String) == MediaType.video.rawValue,
                gives: ItemGroups.Filled(rawValue: row[8]).giveaways,
                waitsOnAudience: waitsOnAudience(verdict: row[9], missing: row[10]), link: row[11])
        }
    }

    /// Whether an answer about the audience alone would decide the verdict.
    private static func waitsOnAudience(verdict: String?, missing: String?) -> Bool {
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
