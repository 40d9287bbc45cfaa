/// One file of a zip as its central directory records it: 32 bytes and no name, so the table of an
/// export with tens of thousands of files stays small.
struct ZipMember: Sendable {
    let headerOffset: UInt64
    let compressedSize: UInt64
    let size: UInt64
    let crc32: UInt32
    let method: UInt16
    let flags: UInt16
}

/// The fixed 46 bytes of a central directory record, which say how long its name, extra field and comment are.
struct CentralRecord {
    static let signature: UInt32 = 0x0201_4b50
    static let length = 46

    let flags: UInt16
    let method: UInt16
    let crc32: UInt32
    let compressedSize: UInt32
    let size: UInt32
    let headerOffset: UInt32
    let nameLength: Int
    let extraLength: Int
    let commentLength: Int

    /// Throws when the bytes are not a central directory record.
    init(_ bytes: UnsafeRawBufferPointer) throws {
        guard bytes.little(0, as: UInt32.self) == Self.signature else { throw ZipDamage.brokenDirectory }
        flags = bytes.little(8)
        method = bytes.little(10)
        crc32 = bytes.little(16)
        compressedSize = bytes.little(20)
        size = bytes.little(24)
        nameLength = Int(bytes.little(28, as: UInt16.self))
        extraLength = Int(bytes.little(30, as: UInt16.self))
        commentLength = Int(bytes.little(32, as: UInt16.self))
        headerOffset = bytes.little(42)
    }

    /// The name, extra field and comment that follow the fixed part.
    var variableLength: Int { nameLength + extraLength + commentLength }

    /// The member and its name, given the bytes that follow the fixed part; nil for a directory.
    func member(in variable: UnsafeRawBufferPointer) throws -> (member: ZipMember, name: String)? {
        let name = UnsafeRawBufferPointer(rebasing: variable[0..<nameLength])
        guard name.last != UInt8(ascii: "/") else { return nil }
        let extra = UnsafeRawBufferPointer(rebasing: variable[nameLength..<nameLength + extraLength])
        let wide = try zip64Values(in: extra)
        let member = ZipMember(
            headerOffset: wide.headerOffset, compressedSize: wide.compressedSize, size: wide.size, crc32: crc32,
            method: method, flags: flags)
        return (member, ZipName.decode(name))
    }

    /// Sizes and offset widened to 64 bits: a field holding 0xFFFFFFFF continues in the ZIP64 extra field
    /// (id 0x0001), which lists only such fields, in this order.
    private func zip64Values(in extra: UnsafeRawBufferPointer) throws
        -> (size: UInt64, compressedSize: UInt64, headerOffset: UInt64) {
        var values = (size: UInt64(size), compressedSize: UInt64(compressedSize), headerOffset: UInt64(headerOffset))
        guard let field = Self.field(0x0001, in: extra) else { return values }
        var at = 0
        func next() throws -> UInt64 {
            guard at + 8 <= field.count else { throw ZipDamage.brokenDirectory }
            defer { at += 8 }
            return field.little(at)
        }
        if size == .max { values.size = try next() }
        if compressedSize == .max { values.compressedSize = try next() }
        if headerOffset == .max { values.headerOffset = try next() }
        // No file reaches 2^63 bytes, and every size and offset is used as a signed number past this point.
        let largest = UInt64(Int64.max)
        guard values.size <= largest, values.compressedSize <= largest, values.headerOffset <= largest else {
            throw ZipDamage.brokenDirectory
        }
        return values
    }

    /// The data of the extra field block with this id, if the record has one.
    private static func field(_ id: UInt16, in extra: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer? {
        var at = 0
        while at + 4 <= extra.count {
            let length = Int(extra.little(at + 2, as: UInt16.self))
            guard at + 4 + length <= extra.count else { return nil }
            if extra.little(at, as: UInt16.self) == id {
                return UnsafeRawBufferPointer(rebasing: extra[at + 4..<at + 4 + length])
            }
            at += 4 + length
        }
        return nil
    }
}
