import Foundation

/// Reads the few XMP properties that say when and where a video was made, from the XMP packet Adobe tools
/// put in `udta/XMP_` or a top-level `uuid` box: `xmp:CreateDate`, `exif:GPSLatitude`, `exif:GPSLongitude`.
enum VideoXMP {
    /// The `uuid` box type that marks an XMP packet (BE7ACFCB-97A9-42E8-9C71-999491E3AFAC).
    static let uuid: [UInt8] = [0xBE, 0x7A, 0xCF, 0xCB, 0x97, 0xA9, 0x42, 0xE8, 0x9C, 0x71, 0x99, 0x94, 0x91, 0xE3, 0xAF, 0xAC]

    static func read(_ packet: ArraySlice<UInt8>, from box: String, _ clues: inout VideoClues) {
        let text = String(decoding: packet, as: UTF8.self)
        clues.captured.offer(property("xmp:CreateDate", in: text).flatMap(VideoTime.captureTime), rank: 4, from: box)
        if let latitude = property("exif:GPSLatitude", in: text).flatMap(coordinate),
           let longitude = property("exif:GPSLongitude", in: text).flatMap(coordinate) {
            clues.offerLocation(ISO6709(latitude: latitude, longitude: longitude, altitude: nil), rank: 5, from: box)
        }
    }

    /// A simple property's value, written as an attribute (`name="v"`) or an element (`<name>v</name>`).
    static func property(_ name: String, in text: String) -> String? {
        if let start = text.range(of: name + "=\"") {
            return text[start.upperBound...].prefix { $0 != "\"" }.trimmingCharacters(in: .whitespaces)
        }
        guard let open = text.range(of: "<" + name + ">"),
              let close = text.range(of: "</" + name + ">", range: open.upperBound..<text.endIndex)
        else { return nil }
        return String(text[open.upperBound..<close.lowerBound]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// XMP's GPS form `DDD,MM.mmmmK` or `DDD,MM,SSK`, where K is N, S, E or W.
    static func coordinate(_ value: String) -> Double? {
        guard let reference = value.last, "NSEW".contains(reference) else { return nil }
        let parts = value.dropLast().split(separator: ",").compactMap { Double($0) }
        guard (2...3).contains(parts.count) else { return nil }
        let degrees = zip(parts, [1.0, 60.0, 3600.0]).reduce(0) { $0 + $1.0 / $1.1 }
        return reference == "S" || reference == "W" ? -degrees : degrees
    }
}
