import CExif
import Foundation

/// GPS position from the GPS IFD only (its tag numbers collide with Interoperability tags),
/// as signed decimal degrees and metres.
struct GPSReading {
    let latitude: Double?
    let longitude: Double?
    let altitude: Double?

    init(tags: EXIFTags) {
        latitude = Self.coordinate(tags, value: 0x0002, ref: 0x0001, negative: "S")
        longitude = Self.coordinate(tags, value: 0x0004, ref: 0x0003, negative: "W")
        if let metres = tags.rationals(0x0006, in: EXIF_IFD_GPS).first ?? nil {
            altitude = tags.integer(0x0005, in: EXIF_IFD_GPS) == 1 ? -metres : metres
        } else {
            altitude = nil
        }
    }

    /// Degrees, minutes and seconds (as many as stored, up to three) folded into degrees.
    private static func coordinate(_ tags: EXIFTags, value: UInt16, ref: UInt16, negative: String) -> Double? {
        let parts = tags.rationals(value, in: EXIF_IFD_GPS).prefix(3)
        guard !parts.isEmpty, !parts.contains(nil) else { return nil }
        let degrees = zip(parts.compactMap { $0 }, [1.0, 60.0, 3600.0]).reduce(0) { $0 + $1.0 / $1.1 }
        let isNegative = tags.text(ref, in: EXIF_IFD_GPS)?.uppercased().hasPrefix(negative) ?? false
        return isNegative ? -degrees : degrees
    }
}
