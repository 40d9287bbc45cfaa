import Foundation

/// Instants as ISO 8601 UTC text (`2024-05-29T10:15:00Z`): readable in SQLite and sortable.
///
/// Written and read by hand in years 1600–9999, because Foundation's ISO 8601 style cost a scan
/// several microseconds per item and a rescan 5 % of its time; fractions of a second are cut
/// off as Foundation does. Other years, including those before 1582 that Foundation counts in the
/// Julian calendar, go through Foundation.
public enum Instant {
    public static func text(_ date: Date) -> String {
        civil(date)?.text ?? date.formatted(.iso8601)
    }

    public static func date(_ text: String) -> Date? {
        if let civil = Civil(text: text) { return Date(timeIntervalSince1970: Double(civil.seconds)) }
        return try? Date(text, strategy: .iso8601)
    }

    /// The UTC day of `date`, worked out by hand in the same years; nil elsewhere.
    static func utcDay(_ date: Date) -> (year: Int, month: Int, day: Int)? {
        civil(date).map { ($0.year, $0.month, $0.day) }
    }

    /// The whole second `date` falls in; nil outside the years done by hand.
    private static func civil(_ date: Date) -> Civil? {
        let seconds = date.timeIntervalSince1970.rounded(.down)
        guard abs(seconds) < 1e15 else { return nil }
        return Civil(seconds: Int64(seconds))
    }
}

/// A UTC date and time to the second, converted with Howard Hinnant's days-from-civil algorithm
/// (https://howardhinnant.github.io/date_algorithms.html).
private struct Civil {
    let year, month, day, hour, minute, second: Int

    init?(seconds: Int64) {
        let days = Int((Double(seconds) / 86_400).rounded(.down))
        let time = Int(seconds - Int64(days) * 86_400)
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        (hour, minute, second) = (time / 3600, time % 3600 / 60, time % 60)
        guard (1600...9999).contains(year) else { return nil }
    }

    /// Only the exact form `text` writes, with every field in range; nil sends other forms to Foundation.
    init?(text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 20, bytes[4] == 0x2D, bytes[7] == 0x2D, bytes[10] == 0x54, bytes[13] == 0x3A,
              bytes[16] == 0x3A, bytes[19] == 0x5A
        else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard (0x30...0x39).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
              year >= 1600, (1...12).contains(month), (1...Self.days(in: month, of: year)).contains(day),
              hour < 24, minute < 60, second < 60
        else { return nil }
        (self.year, self.month, self.day, self.hour, self.minute, self.second) = (year, month, day, hour, minute, second)
    }

    var seconds: Int64 {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        return Int64(days) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
    }

    var text: String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(two(month))-\(two(day))T\(two(hour)):\(two(minute)):\(two(second))Z"
    }

    private static func days(in month: Int, of year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
