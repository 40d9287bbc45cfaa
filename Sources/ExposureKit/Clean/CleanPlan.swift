import Foundation

/// One change to the original bytes: the range is replaced by `bytes` (empty to remove it).
struct ByteEdit: Equatable {
    let range: Range<Int64>
    let bytes: [UInt8]

    static func remove(_ range: Range<Int>) -> ByteEdit { ByteEdit(range: Int64(range.lowerBound)..<Int64(range.upperBound), bytes: []) }
    static func replace(_ range: Range<Int>, with bytes: [UInt8]) -> ByteEdit {
        ByteEdit(range: Int64(range.lowerBound)..<Int64(range.upperBound), bytes: bytes)
    }
}

/// What a clean of one file would do: the byte edits, and in words what goes and what stays.
struct CleanPlan {
    var edits: [ByteEdit] = []
    var removed: [String] = []
    var kept: [String] = []

    mutating func remove(_ range: Range<Int>, _ what: String) {
        edits.append(.remove(range))
        note(what)
    }

    mutating func note(_ what: String) {
        if !removed.contains(what) { removed.append(what) }
    }

    mutating func keep(_ what: String) {
        if !kept.contains(what) { kept.append(what) }
    }

    /// The edits in file order; overlapping edits mean a planner bug, and the file is left out.
    func sortedEdits() throws -> [ByteEdit] {
        let sorted = edits.sorted { $0.range.lowerBound < $1.range.lowerBound }
        for (a, b) in zip(sorted, sorted.dropFirst()) where a.range.upperBound > b.range.lowerBound {
            throw CleanRefusal("Exposure planned overlapping changes to this file, so it left it out.")
        }
        return sorted
    }
}

/// Big-endian and little-endian integers as bytes, for the headers a clean rewrites.
enum MetadataBytes {
    static func be16(_ value: Int) -> [UInt8] { [UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)] }
    static func be32(_ value: Int) -> [UInt8] { [24, 16, 8, 0].map { UInt8((value >> $0) & 0xFF) } }
    static func le32(_ value: Int) -> [UInt8] { be32(value).reversed() }
}
