import Foundation
import GRDB

/// What changed between two exports or scans of one account, counts first, then item by item; its
/// JSON form is documented in docs/diff-json-schema.md.
public struct ExportDiff: Encodable, Sendable {
    public static let schemaVersion = 1

    /// What can change about an item that is on both sides.
    public enum Field: String, Encodable, Sendable, CaseIterable {
        case visibility, verdict, location, caption
    }

    public enum Change: String, Encodable, Sendable {
        case added, removed, changed
    }

    /// One side as the output names it.
    public struct Side: Encodable, Sendable {
        public var platform: Platform
        public var export: String
        /// Present when the side is a scan's copy; absent for the export's items now.
        public var scanId: Int64?
        public var scannedAt: String?
        /// For an export's state now, its last scan that kept a copy of the items.
        public var lastKeptScanId: Int64?
        public var items: Int
    }

    public struct Counts: Encodable, Sendable {
        public var added = 0, removed = 0, changed = 0, unchanged = 0
        public var visibility = 0, verdict = 0, location = 0, caption = 0
    }

    /// An item added, removed, or changed in at least one field.
    public struct Item: Encodable, Sendable {
        public var change: Change
        /// What matched the two sides: the file name, or the whole path when a name is not unique.
        public var fileName: String
        public var changed: [Field]
        public var old: ItemState?
        public var new: ItemState?

        /// The state shown for the item: the new one, else the old.
        public var state: ItemState { new ?? old! }
    }

    public var schemaVersion = ExportDiff.schemaVersion
    public var generatedAt: String
    public var matchedBy = "file_name"
    public var old: Side
    public var new: Side
    public var counts: Counts
    public var items: [Item]

    /// The diff as JSON for scripts.
    public func json() throws -> String {
        try ReportJSON.encode(self)
    }

    /// Compares the sides the user named (see `DiffSides.resolve`).
    public static func fetch(old: DiffSide, new: DiffSide, _ db: Database, now: Date = Date()) throws -> ExportDiff {
        var (old, new) = (old, new)
        try old.load(db)
        try new.load(db)
        return compare(old, new, now: now)
    }

    static func compare(_ old: DiffSide, _ new: DiffSide, now: Date) -> ExportDiff {
        let keys = MatchKeys(old.items, new.items)
        let before = Dictionary(old.items.map { (keys.key($0), $0) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(new.items.map { (keys.key($0), $0) }, uniquingKeysWith: { first, _ in first })
        var counts = Counts()
        var items: [Item] = []
        for key in after.keys.sorted() where before[key] == nil {
            items.append(Item(change: .added, fileName: key, changed: [], old: nil, new: after[key]))
        }
        for key in before.keys.sorted() where after[key] == nil {
            items.append(Item(change: .removed, fileName: key, changed: [], old: before[key], new: nil))
        }
        for key in before.keys.sorted() {
            guard let was = before[key], let now = after[key] else { continue }
            let fields = changes(was, now)
            if fields.isEmpty { counts.unchanged += 1; continue }
            items.append(Item(change: .changed, fileName: key, changed: fields, old: was, new: now))
        }
        for item in items { counts.add(item) }
        return ExportDiff(
            generatedAt: Instant.text(now), old: side(old), new: side(new), counts: counts, items: items)
    }

    private static func changes(_ old: ItemState, _ new: ItemState) -> [Field] {
        Field.allCases.filter { field in
            switch field {
            case .visibility: old.visibility != new.visibility
            case .verdict: old.verdict != new.verdict
            case .location: old.latitude != new.latitude || old.longitude != new.longitude
            case .caption: (old.caption ?? "") != (new.caption ?? "")
            }
        }
    }

    private static func side(_ side: DiffSide) -> Side {
        Side(platform: side.platform, export: side.exportName, scanId: side.scanId, scannedAt: side.scannedAt,
             lastKeptScanId: side.lastKeptScanId, items: side.items.count)
    }
}

extension ExportDiff.Counts {
    mutating func add(_ item: ExportDiff.Item) {
        switch item.change {
        case .added: added += 1
        case .removed: removed += 1
        case .changed: changed += 1
        }
        for field in item.changed {
            switch field {
            case .visibility: visibility += 1
            case .verdict: verdict += 1
            case .location: location += 1
            case .caption: caption += 1
            }
        }
    }
}

/// How items are matched across the sides: by file name, which Meta keeps from one export to the
/// next, except for names that occur twice on a side, which are matched by their whole path.
struct MatchKeys {
    private let repeated: Set<String>

    init(_ old: [ItemState], _ new: [ItemState]) {
        var repeated = Set<String>()
        for side in [old, new] {
            var seen = Set<String>()
            for item in side where !seen.insert(item.fileName).inserted { repeated.insert(item.fileName) }
        }
        self.repeated = repeated
    }

    func key(_ item: ItemState) -> String {
        repeated.contains(item.fileName) ? item.archivePath : item.fileName
    }
}
