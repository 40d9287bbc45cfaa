import Foundation

/// The text layouts of video metadata boxes.
enum VideoText {
    /// A QuickTime international text item: a 2-byte length, a 2-byte language, then the text. Writers
    /// disagree on whether the length counts the 4 header bytes, so the text is cut to what is there.
    static func quickTime(_ body: ArraySlice<UInt8>) -> String? {
        var reader = ByteReader(body)
        guard let length = try? reader.u16(), (try? reader.skip(2)) != nil else { return nil }
        let text = reader.rest().prefix(Int(length))
        return VideoClues.text(String(bytes: text, encoding: .utf8) ?? String(bytes: text, encoding: .isoLatin1))
    }

    /// Text with no header at all, as in `udta/date` and GoPro's `FIRM` and `LENS`.
    static func plain(_ body: ArraySlice<UInt8>) -> String? {
        VideoClues.text(String(bytes: body.prefix { $0 != 0 }, encoding: .utf8))
    }

    /// A 3GPP string box (`auth`, `titl`): version and flags, a 2-byte language, then the string.
    static func string3GPP(_ body: ArraySlice<UInt8>) -> String? {
        var reader = ByteReader(body)
        guard (try? reader.skip(6)) != nil else { return nil }
        var rest = reader.rest()
        return terminated(&rest)
    }

    /// A 3GPP `loci` box: version and flags, language, a name, a role byte, then longitude, latitude and
    /// altitude as signed 16.16 fixed-point numbers; longitude comes first.
    static func location3GPP(_ body: ArraySlice<UInt8>) -> ISO6709? {
        var rest = body.dropFirst(6)
        guard body.count > 6 else { return nil }
        _ = terminated(&rest)
        var reader = ByteReader(rest)
        guard (try? reader.skip(1)) != nil, let lon = try? reader.u32(), let lat = try? reader.u32(), let alt = try? reader.u32()
        else { return nil }
        func fixed(_ raw: UInt32) -> Double { Double(Int32(bitPattern: raw)) / 65_536 }
        return ISO6709(latitude: fixed(lat), longitude: fixed(lon), altitude: fixed(alt))
    }

    /// A NUL-terminated UTF-8 string, or UTF-16 after a byte order mark ending in two NULs; moves past it.
    private static func terminated(_ bytes: inout ArraySlice<UInt8>) -> String? {
        if bytes.starts(with: [0xFE, 0xFF]) {
            var end = bytes.startIndex + 2
            while end + 1 < bytes.endIndex, bytes[end] != 0 || bytes[end + 1] != 0 { end += 2 }
            let text = String(bytes: bytes[bytes.startIndex + 2..<min(end, bytes.endIndex)], encoding: .utf16BigEndian)
            bytes = bytes[min(end + 2, bytes.endIndex)...]
            return VideoClues.text(text)
        }
        let text = bytes.prefix { $0 != 0 }
        bytes = bytes.dropFirst(text.count + 1)
        return VideoClues.text(String(bytes: text, encoding: .utf8))
    }
}
