import Foundation

/// Where a zip's central directory lies and how many records it holds, from the End Of Central
/// Directory record at the end of the file, or from its ZIP64 counterpart when the counts outgrow it.
struct ZipEnd {
    let directoryOffset: UInt64
    let directorySize: UInt64
    let count: UInt64

    private static let endSignature: UInt32 = 0x0605_4b50
    private static let locatorSignature: UInt32 = 0x0706_4b50
    private static let zip64EndSignature: UInt32 = 0x0606_4b50
    /// The record (22 bytes), its longest comment, and the 20-byte ZIP64 locator before it.
    private static let tailLength: UInt64 = 22 + 0xFFFF + 20

    /// Throws `ZipDamage.noDirectory` when the file has no sound end record, as a cut-short download has not.
    static func read(from file: ZipFile) throws -> ZipEnd {
        let tailStart = file.length - min(file.length, tailLength)
        guard file.seek(to: tailStart), let tail = file.read(Int(file.length - tailStart)) else {
            throw ZipDamage.noDirectory
        }
        return try tail.withUnsafeBytes { bytes in
            let at = try endRecord(in: bytes)
            let position = tailStart + UInt64(at)
            if at >= 20, bytes.little(at - 20, as: UInt32.self) == locatorSignature {
                return try zip64End(in: file, at: bytes.little(at - 12), before: position - 20)
            }
            let end = ZipEnd(
                directoryOffset: UInt64(bytes.little(at + 16, as: UInt32.self)),
                directorySize: UInt64(bytes.little(at + 12, as: UInt32.self)),
                count: UInt64(bytes.little(at + 10, as: UInt16.self)))
            return try end.checked(before: position)
        }
    }

    /// The last end signature whose comment fits in the file, searching backwards.
    private static func endRecord(in bytes: UnsafeRawBufferPointer) throws -> Int {
        guard bytes.count >= 22 else { throw ZipDamage.noDirectory }
        for at in stride(from: bytes.count - 22, through: 0, by: -1)
        where bytes.little(at, as: UInt32.self) == endSignature
            && at + 22 + Int(bytes.little(at + 20, as: UInt16.self)) <= bytes.count {
            return at
        }
        throw ZipDamage.noDirectory
    }

    private static func zip64End(in file: ZipFile, at offset: UInt64, before limit: UInt64) throws -> ZipEnd {
        guard offset < limit, file.seek(to: offset), let record = file.read(56) else { throw ZipDamage.noDirectory }
        let end = try record.withUnsafeBytes { bytes in
            guard bytes.little(0, as: UInt32.self) == zip64EndSignature else { throw ZipDamage.noDirectory }
            return ZipEnd(directoryOffset: bytes.little(48), directorySize: bytes.little(40), count: bytes.little(32))
        }
        return try end.checked(before: offset)
    }

    /// The directory must end before the record that describes it.
    private func checked(before limit: UInt64) throws -> ZipEnd {
        guard directoryOffset <= limit, directorySize <= limit - directoryOffset else { throw ZipDamage.noDirectory }
        return self
    }
}
