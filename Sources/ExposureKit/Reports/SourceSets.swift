import GRDB

/// The source kinds of many items, read in one pass rather than item by item, and kept as one bit per
/// kind so even a large database's take little memory.
struct SourceSets {
    private var bits: [Int64: UInt32] = [:]

    /// The kinds of the items that match the SQL `condition`, or of every item.
    init(_ db: Database, matching condition: String? = nil) throws {
        let cursor = try Row.fetchCursor(db, sql: condition.map { """
            SELECT itemSource.itemId, itemSource.kind FROM itemSource JOIN item ON item.id = itemSource.itemId
            WHERE \($0)
            """ } ?? "SELECT itemId, kind FROM itemSource")
        while let row = try cursor.next() {
            guard let kind = SourceKind(rawValue: row[1]), let index = SourceKind.allCases.firstIndex(of: kind) else { continue }
            bits[row[0], default: 0] |= 1 << index
        }
    }

    /// In the order of `SourceKind.allCases`, which is how kinds sort, each once.
    func kinds(of id: Int64) -> [SourceKind] {
        guard let set = bits[id] else { return [] }
        return SourceKind.allCases.enumerated().compactMap { set & (1 << $0.offset) != 0 ? $0.element : nil }
    }

    /// How many items of each export each kind names, by export id, kinds in their sorting order.
    func tallies(_ db: Database) throws -> [Int64: [ExportSummary.Tally]] {
        var counts: [Int64: [Int]] = [:]
        let zeros = Array(repeating: 0, count: SourceKind.allCases.count)
        let cursor = try Row.fetchCursor(db, sql: "SELECT id, exportId FROM item")
        while let row = try cursor.next() {
            guard let set = bits[row[0]] else { continue }
            let export: Int64 = row[1]
            for index in zeros.indices where set & (1 << index) != 0 { counts[export, default: zeros][index] += 1 }
        }
        return counts.mapValues { perKind in
            zip(SourceKind.allCases, perKind).filter { $0.1 > 0 }.map { ExportSummary.Tally(value: $0.0.rawValue, count: $0.1) }
        }
    }
}
