import Foundation

/// Finds the string values of `uri` keys (and of `…_uri` keys such as `backup_uri`) in JSON bytes fed
/// in chunks, at any depth and whatever the file, without building the JSON: the media account walks
/// every JSON file of an export, and a parse of each would cost a scan as much as its importers.
/// It jumps from one `u` to the next with `memchr`, so most bytes are looked at only there.
struct MediaReferenceScanner {
    /// Longer values are not paths of an export's files.
    private static let longestValue = 4096
    /// The end of the last chunk, kept when a key or its value runs on into the next chunk.
    private var carry: [UInt8] = []

    /// Reads the next bytes of the file and hands each value found to `found`.
    mutating func feed(_ chunk: UnsafeRawBufferPointer, _ found: (String) -> Void) {
        let bytes = carry + chunk
        carry = bytes.withUnsafeBufferPointer { buffer in
            let keepFrom = Self.scan(buffer, found)
            return Array(buffer[keepFrom...])
        }
    }

    /// Reports every complete value; returns where the bytes to carry into the next chunk start.
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ found: (String) -> Void) -> Int {
        guard let base = bytes.baseAddress, bytes.count >= 4 else { return 0 }
        var at = 1
        while at + 3 <= bytes.count {
            guard let hit = memchr(base + at, Int32(UInt8(ascii: "u")), bytes.count - at) else { break }
            let u = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            guard u + 3 < bytes.count else { return u - 1 }
            at = u + 1
            guard bytes[u + 1] == UInt8(ascii: "r"), bytes[u + 2] == UInt8(ascii: "i"), bytes[u + 3] == UInt8(ascii: "\""),
                  bytes[u - 1] == UInt8(ascii: "\"") || bytes[u - 1] == UInt8(ascii: "_")
            else { continue }
            switch value(in: bytes, after: u + 4) {
            case .incomplete: return u - 1
            case .none(let next): at = next
            case .some(let text, let next):
                if let text { found(text) }
                at = next
            }
        }
        return max(0, bytes.count - 4)
    }

    private enum Value {
        case incomplete
        case none(next: Int)
        case some(String?, next: Int)
    }

    /// The string after `: "` at `start`, if the key is followed by one.
    private static func value(in bytes: UnsafeBufferPointer<UInt8>, after start: Int) -> Value {
        var i = skipSpace(bytes, start)
        guard i < bytes.count else { return .incomplete }
        guard bytes[i] == UInt8(ascii: ":") else { return .none(next: i) }
        i = skipSpace(bytes, i + 1)
        guard i < bytes.count else { return .incomplete }
        guard bytes[i] == UInt8(ascii: "\"") else { return .none(next: i) }
        var end = i + 1
        var escaped = false
        while end < bytes.count, escaped || bytes[end] != UInt8(ascii: "\"") {
            escaped = !escaped && bytes[end] == UInt8(ascii: "\\")
            end += 1
            if end - i > longestValue { return .none(next: end) }
        }
        guard end < bytes.count else { return .incomplete }
        let text = end > i + 1 ? decode(bytes[(i + 1)..<end]) : nil
        return .some(text, next: end + 1)
    }

    private static func skipSpace(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int {
        var i = start
        while i < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 }
        return i
    }

    /// The string's text, with JSON escapes resolved when it has any.
    private static func decode(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String? {
        guard bytes.contains(UInt8(ascii: "\\")) else { return String(decoding: bytes, as: UTF8.self) }
        let literal = Data([UInt8(ascii: "\"")] + Array(bytes) + [UInt8(ascii: "\"")])
        return (try? JSONSerialization.jsonObject(with: literal, options: .fragmentsAllowed)) as? String
    }
}
