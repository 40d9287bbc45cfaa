import Testing
@testable import ExposureKit

/// R10–R11: EU/EEA and UK objections, on both sides of each cut-off.
@Suite struct PolicyEuropeRuleTests {
    let oldPhoto = P.publicPost(posted: "2016-07-01")

    @Test func r10aObjectionOnTheLastDayBeforeEUTrainingExcludesWithHighConfidence() {
        let verdict = P.verdict(oldPhoto, P.owner(region: .eu, objection: P.objected("2025-05-26")))
        #expect(verdict.kind == .excluded)
        #expect(verdict.ruleID == "R10a")
        #expect(verdict.confidence == .high)
    }

    @Test func r10a2024ObjectionExcludesWithMediumConfidenceBecauseItsHandlingIsDisputed() {
        let verdict = P.verdict(oldPhoto, P.owner(region: .eu, objection: P.objected("2024-06-01")))
        #expect(verdict.kind == .excluded)
        #expect(verdict.confidence == .medium)
    }

    @Test func r10bObjectionOnTheEUStartDayNoLongerCoversOlderContent() {
        let verdict = P.verdict(oldPhoto, P.owner(region: .eu, objection: P.objected("2025-05-27")))
        #expect(verdict.kind == .unknown)
        #expect(verdict.ruleID == "R10b")
        #expect(verdict.missingFacts.isEmpty)
    }

    @Test func r10bLateObjectionExcludesOnlyWhatWasPostedOnALaterDay() {
        let facts = P.owner(region: .eu, objection: P.objected("2025-06-10"))
        let sameDay = P.verdict(P.publicPost(posted: "2025-06-10T23:59:59Z"), facts)
        #expect(sameDay.kind == .unknown)
        #expect(sameDay.ruleID == "R10b")
        let nextDay = P.verdict(P.publicPost(posted: "2025-06-11T00:00:00Z"), facts)
        #expect(nextDay.kind == .excluded)
        #expect(nextDay.ruleID == "R10b")
    }

    @Test func r10cEUAdultWhoDidNotObjectIsUsedBackToOldPosts() {
        let verdict = P.verdict(oldPhoto, P.owner(region: .eu, objection: .notObjected))
        #expect(verdict.kind == .used)
        #expect(verdict.ruleID == "R10c")
        #expect(verdict.confidence == .high)
    }

    @Test func r10cWithoutTheObjectionTheVerdictWaitsForIt() {
        let verdict = P.verdict(oldPhoto, P.owner(region: .eu, objection: nil))
        #expect(verdict.kind == .unknown)
        #expect(verdict.missingFacts == [.objection(.instagram)])
    }

    @Test func r10ObjectionOnTheOtherPlatformDoesNotCount() {
        var facts = P.owner(region: .eu, objection: nil)
        facts.objections[.facebook] = PolicyFact(P.objected("2025-01-01"), origin: .user)
        #expect(P.verdict(oldPhoto, facts).missingFacts == [.objection(.instagram)])
    }

    @Test func r11aUKObjectionTheDayBeforeTheRestartExcludes() {
        let verdict = P.verdict(oldPhoto, P.owner(region: .uk, objection: P.objected("2024-09-12")))
        #expect(verdict.kind == .excluded)
        #expect(verdict.ruleID == "R11a")
        #expect(verdict.confidence == .medium)
    }

    @Test func r11bUKObjectionOnTheRestartDayOnlyWorksGoingForward() {
        let facts = P.owner(region: .uk, objection: P.objected("2024-09-13"))
        let older = P.verdict(oldPhoto, facts)
        #expect(older.kind == .unknown)
        #expect(older.ruleID == "R11b")
        let later = P.verdict(P.publicPost(posted: "2024-09-14T00:00:00Z"), facts)
        #expect(later.kind == .excluded)
        #expect(later.ruleID == "R11b")
    }

    @Test func r11cUKAdultWhoDidNotObjectIsUsed() {
        let verdict = P.verdict(oldPhoto, P.owner(region: .uk, objection: .notObjected))
        #expect(verdict.kind == .used)
        #expect(verdict.ruleID == "R11c")
    }
}
