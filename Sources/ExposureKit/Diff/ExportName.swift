/// What an export's name tells: Meta names a download `facebook-<account>-<date>-<token>` (the date
/// also as `20181016` or `12-4-2025`), so two downloads of one account can be told apart and ordered.
struct ExportName {
    var account: String?
    /// The export's day as `YYYY-MM-DD`, when the name holds one.
    var day: String?

    init(_ name: String) {
        let parts = name.split(separator: "-").map(String.init)
        guard parts.count >= 3, Platform(rawValue: parts[0].lowercased()) != nil else { return }
        account = parts[1]
        day = Self.day(in: Array(parts.dropFirst(2)))
    }

    /// `2024-11-18`, `2026-3-11`, `20181016` or `12-4-2025` at the start of `parts`.
    private static func day(in parts: [String]) -> String? {
        let numbers = parts.prefix(3).map { Int($0) }
        if let first = parts.first, first.count == 8, let whole = Int(first) {
            return text(whole / 10000, whole / 100 % 100, whole % 100)
        }
        guard numbers.count == 3, let a = numbers[0], let b = numbers[1], let c = numbers[2] else { return nil }
        if parts[0].count == 4 { return text(a, b, c) }
        if parts[2].count == 4 { return text(c, b, a) }
        return nil
    }

    private static func text(_ year: Int, _ month: Int, _ day: Int) -> String? {
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        return String(format: "%04d-%02d-%02d", year, month, day)
    }
}
