import Testing
@testable import ExposureKit

/// The one model every report renders: its counts, its order of what to deal with first, and its words.
struct ReportContentTests {
    private typealias S = ReportSamples

    private let rows = [
        S.item("a.jpg", visibility: "public", latitude: 48.85, longitude: 2.35, ai: "used", postedAt: "2019-05-01T10:00:00Z"),
        S.item("b.jpg", visibility: "public", uploadIP: "192.0.2.1", ai: "excluded", postedAt: "2024-01-01T10:00:00Z"),
        S.item("c.jpg", visibility: "public", latitude: 1, longitude: 2, ai: "unknown", postedAt: "2024-06-01T10:00:00Z"),
        S.item("d.jpg", visibility: "private", latitude: 1, longitude: 2, uploadIP: "192.0.2.1", postedAt: "2024-02-01T10:00:00Z"),
        S.item("e.jpg", visibility: "public", serial: "SN1", ai: "used"),
        S.item("f.jpg", visibility: "public"),
    ].map(S.row)

    private func content(missing: [MissingFactLine] = []) -> ReportContent {
        ReportContent(rows: rows, exports: [], inputs: ReportInputs(ruleSetDate: "2025-05-27", missingFacts: missing, generatedAt: "now"))
    }

    @Test func countsWhatThePublicPartGivesAway() {
        let headline = content().headline
        #expect(headline.items == 6)
        #expect(headline.publicItems == 5)
        #expect(headline.publicWithLocation == 2)
        #expect(headline.publicWithUploadIP == 1)
        #expect(headline.publicWithCameraSerial == 1)
        #expect(headline.withLocation == 3)
        #expect(headline.sentence == "6 photos and videos; 5 public; 2 of those carry a location; 1 carry your upload IP; 1 carry your camera's serial number")
    }

    @Test func listsLocatedPublicItemsFirstThenSerialsAndIPs() {
        let paths = content().topExposures.map(\.path)
        // Located: the one Meta may train on first, then the newest. Then serials and IPs, the used one first.
        #expect(paths == ["a.jpg", "c.jpg", "e.jpg", "b.jpg"])
        #expect(content().topExposures.first?.gives == [.location])
    }

    @Test func countsVerdictsAndTheirRules() {
        let ai = content().aiTraining
        #expect((ai.used, ai.excluded, ai.unknown, ai.notComputed) == (2, 1, 1, 2))
        #expect(ai.rules.first == VerdictSummary.RuleCount(verdict: "used", rule: "R1", reason: "Rule R1 says used.", items: 2))
    }

    @Test func buildsATimelineWithUndatedItemsLast() {
        let timeline = content().timeline
        #expect(timeline.map(\.year) == [2019, 2024, nil])
        #expect(timeline[1] == YearCount(year: 2024, items: 3, publicItems: 2, publicWithLocation: 1, withLocation: 2, used: 0))
    }

    @Test func saysWhichFactWouldSettleTheUnknowns() {
        let line = MissingFactLine(fact: "your region is not set", unknownItems: 412, command: "exposure facts set --region …")
        #expect(line.sentence == "412 items are unknown because your region is not set: exposure facts set --region …")
        let silent = MissingFactLine(fact: "your age is not known", unknownItems: 0, command: "x")
        #expect(content(missing: [line, silent]).missingFacts.map(\.fact) == ["your region is not set"])
    }

    @Test(arguments: [(0, "0"), (999, "999"), (1284, "1,284"), (1_234_567, "1,234,567")])
    func groupsThousands(_ value: Int, _ text: String) {
        #expect(Count.text(value) == text)
    }
}
