import Foundation

/// Lists a zip's files from its central directory in one front-to-back pass, a megabyte per read.
///
/// The project reads zips with ZIPFoundation, which still inflates every member; only this listing is
/// our own, because iterating ZIPFoundation's `Archive` also seeks to every member's local header and
/// keeps a large `Entry` per member: on a 20,000-file export that cost about a second and tens of
/// megabytes, where this pass keeps 32 bytes per member.
enum ZipDirectory {
    /// Calls `body` with each file member (directories left out) and its decoded name, in directory order.
    static func forEachFile(in file: ZipFile, end: ZipEnd, _ body: (ZipMember, String) throws -> Void) throws {
        var bytes = try DirectoryBytes(file: file, end: end)
        for _ in 0..<end.count {
            let record = try bytes.take(CentralRecord.length) { try CentralRecord($0) }
            if let found = try bytes.take(record.variableLength, { try record.member(in: $0) }) {
                try body(found.member, found.name)
            }
        }
    }
}

/// The central directory's bytes, read through one buffer that is refilled as records are taken from it.
private struct DirectoryBytes {
    private let file: ZipFile
    private var buffer: [UInt8]
    private var start = 0
    private var end = 0
    /// Directory bytes not yet read into the buffer.
    private var unread: UInt64

    /// A megabyte, or the whole directory when it is smaller: either holds the largest record (about 192 KiB).
    init(file: ZipFile, end: ZipEnd) throws {
        guard file.seek(to: end.directoryOffset) else { throw ZipDamage.brokenDirectory }
        self.file = file
        unread = end.directorySize
        buffer = [UInt8](repeating: 0, count: Int(min(end.directorySize, 1 << 20)))
    }

    /// Hands the next `count` bytes to `body`; throws when the directory ends first.
    mutating func take<T>(_ count: Int, _ body: (UnsafeRawBufferPointer) throws -> T) throws -> T {
        if end - start < count { try refill(toHold: count) }
        defer { start += count }
        return try buffer.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[start..<start + count])) }
    }

    /// Moves the unused bytes to the front and reads as many more as fit.
    private mutating func refill(toHold count: Int) throws {
        let kept = end - start
        let wanted = Int(min(UInt64(buffer.count - kept), unread))
        let got = buffer.withUnsafeMutableBytes { bytes in
            if kept > 0 { memmove(bytes.baseAddress!, bytes.baseAddress! + start, kept) }
            return file.read(into: UnsafeMutableRawBufferPointer(rebasing: bytes[kept..<kept + wanted]))
        }
        (start, end, unread) = (0, kept + got, unread - UInt64(got))
        guard got == wanted, end >= count else { throw ZipDamage.brokenDirectory }
    }
}
