import Foundation

/// A day without a time, because Meta's rule dates are days while export timestamps are instants.
///
/// An instant belongs to the day it falls on in UTC: Meta's statements give no time zone, and an
/// export's timestamps are UTC, so UTC is the one reading both sides share. A rule day D therefore
/// starts at D 00:00:00 UTC, and "before D" means "on an earlier UTC day".
public struct CalendarDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Only for the rule set's own constants, which are known to be valid days.
    init(_ year: Int, _ month: Int, _ day: Int) {
        (self.year, self.month, self.day) = (year, month, day)
    }

    /// Reads `YYYY-MM-DD`, the form users type and Meta's emails give; nil for anything else or a day that does not exist.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard text.count == 10, parts.count == 3, parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              parts[0].count == 4, parts[1].count == 2, parts[2].count == 2 else { return nil }
        let components = DateComponents(calendar: Self.utc, year: year, month: month, day: day)
        guard components.isValidDate else { return nil }
        self.init(year, month, day)
    }

    /// The UTC day an instant falls on, so instants and rule days compare the same way everywhere.
    public init(utc instant: Date) {
        if let (year, month, day) = Instant.utcDay(instant) {
            self.init(year, month, day)
            return
        }
        let parts = Self.utc.dateComponents([.year, .month, .day], from: instant)
        self.init(parts.year!, parts.month!, parts.day!)
    }

    public var description: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Whether someone born on this day had turned 18 by `other`; born on 29 February, they turn 18 on 1 March.
    func isEighteen(on other: CalendarDay) -> Bool {
        (other.year, other.month, other.day) >= (year + 18, month, day)
    }

    private static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()
}
