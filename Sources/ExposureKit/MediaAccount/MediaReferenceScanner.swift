import Foundation

/// Finds the string values of `uri` and `backup_uri` keys in JSON bytes fed in chunks, at any depth
/// and whatever the file, without building the JSON: the media account walks every JSON file of an
/// export, and a full parse of each would cost a scan as much as its importers.
struct MediaReferenceScanner {
    /// Keys whose values name media files: `uri` (also thumbnails' and subtitles'), and `backup_uri`.
    private static let keys: Set<[UInt8]> = [Array("uri".utf8), Array("backup_uri".utf8)]
    private static let longestKey = 10
    /// Longer values are not paths of an export's files.
    private static let longestValue = 4096

    private enum Expect { case nothing, colon, value }

    private var inString = false
    private var escaped = false
    private var readingValue = false
    private var expect = Expect.nothing
    private var text: [UInt8] = []
    private var tooLong = false

    /// Reads the next bytes of the file and hands each value found to `found`.
    mutating func feed(_ bytes: UnsafeRawBufferPointer, _ found: (String) -> Void) {
        for byte in bytes {
            if inString { take(stringByte: byte, found) } else { take(byte) }
        }
    }

    private mutating func take(_ byte: UInt8) {
        switch byte {
        case 0x20, 0x09, 0x0A, 0x0D: break
        case UInt8(ascii: "\""):
            (inString, readingValue, tooLong) = (true, expect == .value, false)
            text.removeAll(keepingCapacity: true)
        case UInt8(ascii: ":"): expect = expect == .colon ? .value : .nothing
        default: expect = .nothing
        }
    }

    private mutating func take(stringByte byte: UInt8, _ found: (String) -> Void) {
        if escaped {
            escaped = false
        } else if byte == UInt8(ascii: "\\") {
            escaped = true
        } else if byte == UInt8(ascii: "\"") {
            return endString(found)
        }
        if text.count < (readingValue ? Self.longestValue : Self.longestKey + 1) { text.append(byte) } else { tooLong = true }
    }

    private mutating func endString(_ found: (String) -> Void) {
        inString = false
        if readingValue {
            expect = .nothing
            if !tooLong, !text.isEmpty, let value = Self.decode(text) { found(value) }
        } else {
            expect = !tooLong && Self.keys.contains(text) ? .colon : .nothing
        }
    }

    /// The string's text, with JSON escapes resolved when it has any.
    private static func decode(_ bytes: [UInt8]) -> String? {
        guard bytes.contains(UInt8(ascii: "\\")) else { return String(decoding: bytes, as: UTF8.self) }
        let literal = Data([UInt8(ascii: "\"")] + bytes + [UInt8(ascii: "\"")])
        return (try? JSONSerialization.jsonObject(with: literal, options: .fragmentsAllowed)) as? String
    }
}
