import Foundation

/// Why a file's structure could not be followed, in words a user can act on.
struct MalformedMedia: Error, Equatable {
    let problem: String
    init(_ problem: String) { self.problem = problem }

    static let truncated = MalformedMedia("The file ends before its structure is complete; it may be truncated.")
}

/// A bounds-checked cursor over bytes in memory: a read past the end throws instead of crashing,
/// so a lying length field becomes an `unreadable` result.
struct ByteReader {
    private let bytes: ArraySlice<UInt8>
    private var index: Int

    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        self.index = bytes.startIndex
    }

    var remaining: Int { bytes.endIndex - index }
    /// Index of the next byte in the bytes being read (slices keep their parent's indices).
    var offset: Int { index }

    mutating func read(_ count: Int) throws -> ArraySlice<UInt8> {
        guard count >= 0, count <= remaining else { throw MalformedMedia("A length or offset points past the end of its data.") }
        defer { index += count }
        return bytes[index..<index + count]
    }

    mutating func skip(_ count: Int) throws {
        _ = try read(count)
    }

    mutating func rest() -> ArraySlice<UInt8> {
        defer { index = bytes.endIndex }
        return bytes[index...]
    }

    mutating func u8() throws -> UInt8 { try read(1).first! }
    mutating func u16() throws -> UInt16 { UInt16(try bigEndian(2)) }
    mutating func u32() throws -> UInt32 { UInt32(try bigEndian(4)) }
    mutating func u64() throws -> UInt64 { try bigEndian(8) }

    mutating func u32LittleEndian() throws -> UInt32 {
        try read(4).reversed().reduce(0) { $0 << 8 | UInt32($1) }
    }

    /// A big-endian unsigned integer of 0 to 8 bytes, as ISO-BMFF `iloc` fields are sized.
    mutating func bigEndian(_ size: Int) throws -> UInt64 {
        guard size <= 8 else { throw MalformedMedia("An integer field is wider than 8 bytes.") }
        return try read(size).reduce(0) { $0 << 8 | UInt64($1) }
    }

    mutating func fourCC() throws -> String {
        String(decoding: try read(4), as: UTF8.self)
    }
}
