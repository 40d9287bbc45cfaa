import Foundation
import Testing
@testable import ExposureKit

/// Day-precision dates: how users' days are read and how an instant is given a day.
@Suite struct PolicyCalendarDayTests {
    @Test func readsOnlyRealDaysInISOForm() {
        #expect(CalendarDay(iso: "2025-05-27")?.description == "2025-05-27")
        #expect(CalendarDay(iso: "2024-02-29") != nil)
        #expect(CalendarDay(iso: "2025-02-29") == nil)
        #expect(CalendarDay(iso: "2025-5-27") == nil)
        #expect(CalendarDay(iso: "27.05.2025") == nil)
        #expect(CalendarDay(iso: "2025-05-27T00:00:00Z") == nil)
    }

    @Test func anInstantBelongsToItsUTCDayNotTheLocalOne() {
        let lateInNewYork = P.instant("2025-05-26T22:30:00-04:00")
        #expect(CalendarDay(utc: lateInNewYork) == P.day("2025-05-27"))
        let earlyInBerlin = P.instant("2025-05-27T01:30:00+02:00")
        #expect(CalendarDay(utc: earlyInBerlin) == P.day("2025-05-26"))
    }
}
