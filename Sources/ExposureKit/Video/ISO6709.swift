import Foundation

/// A position written as ISO 6709 text (`+32.0929+034.8620+028.516/`), as phones store it in videos.
struct ISO6709: Sendable {
    let latitude: Double
    let longitude: Double
    let altitude: Double?

    /// True for (0, 0), which Samsung phones write when they have no fix.
    var isPlaceholder: Bool { latitude == 0 && longitude == 0 }

    /// Parses the text field by field, each starting at a sign, as ExifTool does: latitude, longitude, then an
    /// optional altitude. Degrees may also be written as ±DDMM.M or ±DDMMSS.S. Nil when out of range.
    init?(_ text: String) {
        let fields = Self.signedFields(text)
        guard fields.count >= 2,
              let latitude = Self.degrees(fields[0], degreeDigits: 2),
              let longitude = Self.degrees(fields[1], degreeDigits: 3)
        else { return nil }
        self.init(latitude: latitude, longitude: longitude, altitude: fields.count > 2 ? Double(fields[2]) : nil)
    }

    /// A position from numbers, as 3GPP `loci` stores it; nil when out of range.
    init?(latitude: Double, longitude: Double, altitude: Double?) {
        guard abs(latitude) <= 90, abs(longitude) <= 180 else { return nil }
        (self.latitude, self.longitude, self.altitude) = (latitude, longitude, altitude)
    }

    /// The runs of text that start at a `+` or `-` and continue over digits and a point, up to the first other character.
    private static func signedFields(_ text: String) -> [String] {
        var fields: [String] = []
        var current: String?
        for character in text {
            if character == "+" || character == "-" {
                if let current { fields.append(current) }
                current = String(character)
            } else if character.isASCII, character.isNumber || character == ".", current != nil {
                current?.append(character)
            } else if current != nil {
                break  // the `/` terminator, or a CRS suffix
            }
        }
        if let current { fields.append(current) }
        return fields
    }

    /// Decimal degrees from ±D.D, ±DDMM.M or ±DDMMSS.S, where the degrees take `degreeDigits` digits.
    private static func degrees(_ field: String, degreeDigits: Int) -> Double? {
        let negative = field.hasPrefix("-")
        let unsigned = field.dropFirst()
        let integerDigits = unsigned.prefix { $0 != "." }.count
        guard integerDigits >= 1, let value = Double(unsigned) else { return nil }
        let magnitude: Double
        switch integerDigits - degreeDigits {
        case ...0: magnitude = value
        case 2: magnitude = (value / 100).rounded(.down) + value.truncatingRemainder(dividingBy: 100) / 60
        case 4:
            let minutes = (value / 100).rounded(.down).truncatingRemainder(dividingBy: 100)
            magnitude = (value / 10_000).rounded(.down) + minutes / 60 + value.truncatingRemainder(dividingBy: 100) / 3600
        default: return nil
        }
        return negative ? -magnitude : magnitude
    }
}
