import Foundation

/// The dates of Meta's rules by region, kept in one place because several rules share them.
enum PolicyDates {
    /// Meta said public Facebook posts "since 2007" are used (S22).
    static let facebookPublicSince = CalendarDay(2007, 1, 1)
    /// Instagram's launch: anything earlier is a data error.
    static let instagramLaunch = CalendarDay(2010, 10, 6)
    /// Conservative proxy for when global training snapshots began; Meta disclosed training in Sep 2023.
    static let worldTrainingProxy = CalendarDay(2023, 1, 1)
    /// EU/EEA training start; an objection by the day before was honoured for all content (S3, S12, S27).
    static let euStart = CalendarDay(2025, 5, 27)
    /// UK restart announced; the start itself was not disclosed (S1, S15).
    static let ukAnnounced = CalendarDay(2024, 9, 13)
    /// Last day of the Brazilian window in which the policy was in force before the ANPD suspended it (S16).
    static let brazilSuspension = CalendarDay(2024, 7, 2)
    /// Earliest possible Brazilian start: notices from 2024-09-03 plus at least 30 days (S17, S18).
    static let brazilEarliestStart = CalendarDay(2024, 10, 3)
    /// Meta's Brazilian privacy policy update, effective this day, names public Threads posts among training data (A29).
    static let brazilThreadsNamed = CalendarDay(2025, 12, 16)
    /// Stories disappear from view this long after posting.
    static let storyLifetime: TimeInterval = 24 * 60 * 60

    /// The day from which public content of the region may have been collected; nil where no statement exists.
    static func trainingStart(_ region: Region) -> CalendarDay? {
        switch region {
        case .row, .br: worldTrainingProxy
        case .eu: euStart
        case .uk: ukAnnounced
        case .ch: nil
        }
    }
}
