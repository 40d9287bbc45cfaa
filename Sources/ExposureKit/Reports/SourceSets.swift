import GRDB

/// The source kinds of many items, read in one pass rather than item by item, and kept as one bit per
/// kind in an array indexed by item id, so even a large database's take little memory and no hashing.
struct SourceSets {
    /// One item's kinds, bit `n` standing for `SourceKind.allCases[n]`.
    struct Kinds: Hashable {
        fileprivate(set) var bits: UInt32 = 0

        func contains(_ kind: SourceKind) -> Bool {
            bits & (1 << SourceKind.allCases.firstIndex(of: kind)!) != 0
        }

        /// In the order of `SourceKind.allCases`, which is how kinds sort, each once.
        var kinds: [SourceKind] {
            SourceKind.allCases.enumerated().compactMap { bits & (1 << $0.offset) != 0 ? $0.element : nil }
        }
    }

    /// Each kind's bit, worked out by SQLite so no kind is read as a Swift string; NULL for a kind this
    /// version does not know.
    private static let bitOfKind = "CASE kind "
        + SourceKind.allCases.enumerated().map { "WHEN '\($1.rawValue)' THEN \($0) " }.joined() + "END"

    private var firstId: Int64 = 0
    private var sets: [Kinds] = []
    /// Each set that occurs as an array, made once: making it for every item of a large CSV cost more
    /// than reading the sets.
    private var arrays: [Kinds: [SourceKind]] = [Kinds(): []]

    /// The kinds of every item: a dense array costs less than finding which items a caller needs.
    init(_ db: Database) throws {
        let bounds = "SELECT (SELECT MIN(itemId) FROM itemSource), (SELECT MAX(itemId) FROM itemSource)"
        guard let range = try Row.fetchOne(db, sql: bounds),
              let first: Int64 = range[0], let last: Int64 = range[1]
        else { return }
        firstId = first
        sets = Array(repeating: Kinds(), count: Int(last - first + 1))
        let cursor = try Row.fetchCursor(db, sql: "SELECT itemId, \(Self.bitOfKind) FROM itemSource")
        while let row = try cursor.next() {
            let (id, bit): (Int64, Int?) = (row[0], row[1])
            if let bit { sets[Int(id - first)].bits |= 1 << bit }
        }
        for set in sets where arrays[set] == nil { arrays[set] = set.kinds }
    }

    /// The kinds of the item with this id; none for an item the sets were not read for.
    func set(of id: Int64) -> Kinds {
        sets.indices.contains(Int(id - firstId)) ? sets[Int(id - firstId)] : Kinds()
    }

    /// The same kinds as a list, in the order of `SourceKind.allCases`.
    func kinds(of id: Int64) -> [SourceKind] {
        arrays[set(of: id)] ?? []
    }
}
