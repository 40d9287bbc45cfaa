import Foundation
import Testing
@testable import ExposureKit

/// Times in the database are written and read by hand; they must match Foundation's ISO 8601 exactly.
struct InstantTests {
    @Test func writingMatchesFoundationEverywhere() {
        var generator = SystemRandomNumberGenerator()
        let samples = (0..<20_000).map { _ in Double(Int64.random(in: -30_000_000_000...250_000_000_000, using: &generator)) }
            + [0, -1, 86_399, 86_400, 951_782_400, 951_868_799, 4_107_542_399, -2_208_988_800, 1_700_000_000.5]
        let fractions = samples.prefix(5_000).map { $0 + Double.random(in: 0..<1, using: &generator) }
            + [-0.5, -0.000_001, 86_399.999, 1_700_000_000.999_9]
        for seconds in samples + fractions {
            let date = Date(timeIntervalSince1970: seconds)
            #expect(Instant.text(date) == date.formatted(.iso8601), "\(seconds)")
        }
    }

    @Test func theUTCDayMatchesFoundationsCalendar() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        for seconds in stride(from: -31_000_000_000.0, to: 250_000_000_000, by: 3_999_999.7) {
            let date = Date(timeIntervalSince1970: seconds)
            let parts = calendar.dateComponents([.year, .month, .day], from: date)
            #expect(CalendarDay(utc: date) == CalendarDay(parts.year!, parts.month!, parts.day!), "\(seconds)")
        }
    }

    @Test func readingGivesBackWhatWasWritten() {
        for seconds in stride(from: -31_000_000_000.0, to: 250_000_000_000, by: 7_919_999) {
            let date = Date(timeIntervalSince1970: seconds)
            #expect(Instant.date(Instant.text(date)) == date)
        }
    }

    @Test(arguments: [
        "2024-02-29T12:00:00Z", "2023-02-29T12:00:00Z", "1900-02-29T00:00:00Z", "2000-02-29T23:59:59Z",
        "2024-13-01T00:00:00Z", "2024-04-31T00:00:00Z", "2024-01-01T24:00:00Z", "2024-01-01T00:60:00Z",
        "2024-01-01T00:00:60Z", "2024-01-01T00:00:00+02:00", "2024-01-01T00:00:00.5Z", "2024-01-01 00:00:00Z",
        "0999-12-31T23:59:59Z", "2024-1-01T00:00:00Z", "", "not a time",
    ])
    func readingAgreesWithFoundation(_ text: String) {
        #expect(Instant.date(text) == (try? Date(text, strategy: .iso8601)))
    }
}
