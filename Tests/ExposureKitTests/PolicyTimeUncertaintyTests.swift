import Foundation
import Testing
@testable import ExposureKit

/// A time an HTML export shows without its zone decides a verdict only when a day either way would not change it.
struct PolicyTimeUncertaintyTests {
    private let lateObjection = P.owner(region: .eu, objection: P.objected("2025-06-10"))

    private func shownWithoutZone(_ posted: String) -> ItemFacts {
        var item = P.publicPost(.facebook, posted: posted)
        item.postedUncertainty = ItemRecord.postedUncertainty(timeSource: "html_display")
        return item
    }

    @Test func aDayAfterTheBoundaryIsNotDecidedWhenTheZoneIsUnknown() {
        let exact = P.verdict(P.publicPost(.facebook, posted: "2025-06-11T10:00:00Z"), lateObjection)
        #expect(exact.kind == .excluded)
        let shown = P.verdict(shownWithoutZone("2025-06-11T10:00:00Z"), lateObjection)
        #expect(shown.kind == .unknown)
        #expect(shown.missingFacts == [.postedAt])
        #expect(shown.reason.contains("JSON format gives the exact time"))
    }

    @Test func aTimeFarFromEveryBoundaryIsDecidedAsBefore() {
        let shown = P.verdict(shownWithoutZone("2025-06-13T10:00:00Z"), lateObjection)
        #expect(shown == P.verdict(P.publicPost(.facebook, posted: "2025-06-13T10:00:00Z"), lateObjection))
        #expect(shown.kind == .excluded)
    }

    @Test func timestampsAndZonedTimesCarryNoUncertainty() {
        #expect(ItemRecord.postedUncertainty(timeSource: "json_timestamp") == 0)
        #expect(ItemRecord.postedUncertainty(timeSource: "html_display_zoned") == 0)
        #expect(ItemRecord.postedUncertainty(timeSource: nil) == 0)
    }
}

/// The uncertainty reaches the rules from what a scan stored about each item's time.
struct StoredTimeUncertaintyTests {
    @Test func itemsOfAnHTMLExportAreJudgedWithADayEitherWay() throws {
        let db = try ExposureDatabase(path: Paths.temporaryFolder().appendingPathComponent("e.sqlite").path, create: true)
        let html = Paths.fixture("html/facebook/2024-split/facebook-jdoe-2024-03-14-Sp24Ht02.zip")
        let json = Paths.fixture("html/facebook/2024-split/json-twin/facebook-jdoe-2024-03-14-Sp24Ht02.zip")
        _ = try Scanner(database: db).scan(paths: [html])
        let fromHTML = try db.read { try VerdictSubject.fetch($0) }
        #expect(!fromHTML.isEmpty)
        #expect(fromHTML.allSatisfy { $0.facts.postedUncertainty == 86_400 })
        let other = try ExposureDatabase(path: Paths.temporaryFolder().appendingPathComponent("e.sqlite").path, create: true)
        _ = try Scanner(database: other).scan(paths: [json])
        #expect(try other.read { try VerdictSubject.fetch($0) }.allSatisfy { $0.facts.postedUncertainty == 0 })
    }
}
