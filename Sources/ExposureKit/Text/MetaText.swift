/// Repairs the text of Meta's JSON exports, which write every byte of UTF-8 as its own `\u00XX`
/// escape, so that "don’t" arrives as "donâ€™t".
public enum MetaText {
    /// The text as the user wrote it, or the input unchanged when it is not Meta's byte escaping.
    ///
    /// The repair only runs when every scalar is at most U+00FF and at least one is U+0080 or above,
    /// and it only wins when those bytes form valid UTF-8: nothing is ever lost.
    public static func repair(_ text: String) -> String {
        var bytes: [UInt8] = []
        var sawHigh = false
        for scalar in text.unicodeScalars {
            guard scalar.value <= 0xFF else { return text }
            if scalar.value >= 0x80 { sawHigh = true }
            bytes.append(UInt8(scalar.value))
        }
        guard sawHigh else { return text }
        return decodeStrictUTF8(bytes) ?? text
    }

    private static func decodeStrictUTF8(_ bytes: [UInt8]) -> String? {
        var scalars = String.UnicodeScalarView()
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .emptyInput: return String(scalars)
            case .error: return nil
            }
        }
    }
}
