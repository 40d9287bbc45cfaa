import GRDB

/// Items that agree on everything the report's numbers look at, found in one pass over a few columns
/// of every item and kept in a hash table, so a report of a large database neither reads every item
/// in full nor waits for SQLite's GROUP BY, which sorts all items first (a third of a second at 100,000).
struct ItemGroups {
    /// What decides an item's share of the headline, the verdicts, the timeline and its export's summary.
    struct Key: Hashable {
        var exportId: Int64
        var mediaType: String
        var visibility: String
        var visibilitySource: String
        var wasPublic: String?
        var exifStatus: String
        var aiTraining: String?
        var aiRule: String?
        var aiMissing: String?
        var filled: Filled
        /// The first characters of the date the year is read from, marked with which date it is.
        var dateKey: String?
        var sources: SourceSets.Kinds

        /// Hashes the fields that tell most groups apart and compares the rest only on a match: with every
        /// string hashed, adding the items to their groups took 12 % of a report's time, now 7 %.
        func hash(into hasher: inout Hasher) {
            hasher.combine(exportId)
            hasher.combine(filled.rawValue)
            hasher.combine(aiRule)
            hasher.combine(dateKey)
            hasher.combine(sources)
        }
    }

    /// Where an item sits: its export and path, by which reports order items, and its id.
    struct Place {
        var exportId: Int64
        var path: String
        var id: Int64
    }

    /// A group's size and its first item by path, whose reason the report quotes for the group's rule.
    struct Group {
        var first: Place
        var count: Int
    }

    private(set) var groups: [Key: Group] = [:]
    /// The public items that give something away, which the report lists one by one.
    private(set) var listed: [Place] = []
    /// Each export's earliest and latest posting time, by export id.
    private(set) var posted: [Int64: (first: String, last: String)] = [:]
    /// Every item's source kinds, read for the groups and kept for the items the report lists.
    let sources: SourceSets

    init(_ db: Database) throws {
        sources = try SourceSets(db)
        let cursor = try Row.fetchCursor(db, sql: Self.selection)
        while let row = try cursor.next() {
            let key = Key(
                exportId: row[1], mediaType: row[3], visibility: row[5], visibilitySource: row[6], wasPublic: row[7],
                exifStatus: row[8], aiTraining: row[9], aiRule: row[10], aiMissing: row[11], filled: Filled(rawValue: row[12]),
                dateKey: row[13], sources: sources.set(of: row[0]))
            let place = Place(exportId: key.exportId, path: row[2], id: row[0])
            add(key, place)
            if key.visibility == Visibility.public.rawValue, !key.filled.isDisjoint(with: .givesSomethingAway) {
                listed.append(place)
            }
            if let postedAt: String = row[4] { note(posted: postedAt, export: key.exportId) }
        }
    }

    private static let selection = """
        SELECT id, exportId, archivePath, mediaType, postedAt, visibility, visibilitySource, wasPublic, exifStatus,
        aiTraining, aiRule, aiMissing, \(Filled.sql),
        CASE WHEN postedAt IS NOT NULL THEN 'p' || substr(postedAt, 1, 5)
        WHEN jsonTakenAt IS NOT NULL THEN 't' || substr(jsonTakenAt, 1, 5) ELSE 'e' || exifDateTimeOriginal END
        FROM item
        """

    private mutating func add(_ key: Key, _ place: Place) {
        guard let index = groups.index(forKey: key) else {
            groups[key] = Group(first: place, count: 1)
            return
        }
        groups.values[index].count += 1
        if BinaryText.precedes(place.path, groups.values[index].first.path) { groups.values[index].first = place }
    }

    private mutating func note(posted postedAt: String, export: Int64) {
        guard let range = posted[export] else {
            posted[export] = (postedAt, postedAt)
            return
        }
        if postedAt < range.first { posted[export]?.first = postedAt }
        if postedAt > range.last { posted[export]?.last = postedAt }
    }
}

extension ItemGroups {
    /// Hands `body` each group's first item and size, in the order of `ItemRow.fetchAll`'s first items,
    /// so a rule's reason is taken from the same item as when every item is read.
    func forEachFirstItem(_ db: Database, _ body: (ItemRecord, Int) throws -> Void) throws {
        let counts = Dictionary(uniqueKeysWithValues: groups.values.map { ($0.first.id, $0.count) })
        for row in try ItemRow.fetchAll(db, at: groups.values.map(\.first), sources: sources) {
            try body(row.item, counts[row.item.id!]!)
        }
    }

    /// The groups of one export with their sizes.
    func of(export id: Int64) -> [(key: Key, count: Int)] {
        groups.compactMap { $0.key.exportId == id ? ($0.key, $0.value.count) : nil }
    }

    /// How many items with an unknown verdict miss each set of facts, as `aiMissing` lists them.
    var unknownItemsByMissingFacts: [(missing: String, items: Int)] {
        groups.compactMap { key, group in
            key.aiTraining == VerdictKind.unknown.rawValue ? key.aiMissing.map { ($0, group.count) } : nil
        }
    }
}

extension ItemGroups.Place {
    /// By export as reports list them, then by path, each with its export; items of an export of an
    /// unknown platform are left out, as every report leaves them out.
    static func inReportOrder(_ places: [Self], _ db: Database) throws -> [(export: ExportRecord, place: Self)] {
        let exports = try ExportRecord.inReportOrder(db).filter { Platform(rawValue: $0.platform) != nil }
        let rank = Dictionary(uniqueKeysWithValues: exports.enumerated().map { ($1.id!, $0) })
        return places.compactMap { place in rank[place.exportId].map { ($0, place) } }
            .sorted { $0.0 != $1.0 ? $0.0 < $1.0 : BinaryText.precedes($0.1.path, $1.1.path) }
            .map { (exports[$0.0], $0.1) }
    }
}
