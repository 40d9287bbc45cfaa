import Testing
@testable import ExposureKit

/// R12–R14: Brazil, the rest of the world, Switzerland and no region.
@Suite struct PolicyWorldRuleTests {
    @Test func r12aBrazilianContentUpToTheSuspensionIsUnknownEvenWithAnEarlyObjection() {
        let facts = P.owner(region: .br, objection: P.objected("2024-09-10"))
        let lastDay = P.verdict(P.publicPost(posted: "2024-07-02T23:59:59Z"), facts)
        #expect(lastDay.kind == .unknown)
        #expect(lastDay.ruleID == "R12a")
        let dayAfter = P.verdict(P.publicPost(posted: "2024-07-03T00:00:00Z"), facts)
        #expect(dayAfter.kind == .excluded)
        #expect(dayAfter.ruleID == "R12b")
    }

    @Test func r12bObjectionBeforeTheEarliestBrazilianStartExcludes() {
        let item = P.publicPost(posted: "2024-08-01")
        let dayBefore = P.verdict(item, P.owner(region: .br, objection: P.objected("2024-10-02")))
        #expect(dayBefore.kind == .excluded)
        #expect(dayBefore.ruleID == "R12b")
        #expect(dayBefore.confidence == .medium)
        let onStart = P.verdict(item, P.owner(region: .br, objection: P.objected("2024-10-03")))
        #expect(onStart.kind == .unknown)
        #expect(onStart.ruleID == "R12c")
    }

    @Test func r12cLateBrazilianObjectionOnlyWorksGoingForward() {
        let facts = P.owner(region: .br, objection: P.objected("2024-11-01"))
        #expect(P.verdict(P.publicPost(posted: "2024-10-15"), facts).kind == .unknown)
        let later = P.verdict(P.publicPost(posted: "2024-11-02"), facts)
        #expect(later.kind == .excluded)
        #expect(later.ruleID == "R12c")
    }

    @Test func r12dBrazilianAdultWhoDidNotObjectIsUsedWithMediumConfidence() {
        let verdict = P.verdict(P.publicPost(posted: "2024-08-01"), P.owner(region: .br, objection: .notObjected))
        #expect(verdict.kind == .used)
        #expect(verdict.ruleID == "R12d")
        #expect(verdict.confidence == .medium)
    }

    @Test func r13RestOfWorldIsUsedAndAnObjectionChangesNothing() {
        let verdict = P.verdict(P.publicPost(posted: "2014-02-02"), P.owner(region: .row, objection: P.objected("2024-01-01")))
        #expect(verdict.kind == .used)
        #expect(verdict.ruleID == "R13")
        #expect(verdict.confidence == .high)
    }

    @Test func r13FacebookPostsBefore2007AreUnknown() {
        let before = P.verdict(P.publicPost(.facebook, posted: "2006-12-31T23:59:59Z"), P.owner(region: .row))
        #expect(before.kind == .unknown)
        #expect(before.ruleID == "R13")
        #expect(P.verdict(P.publicPost(.facebook, posted: "2007-01-01T00:00:00Z"), P.owner(region: .row)).kind == .used)
    }

    @Test func r14SwissOwnerIsUnknownAndNoFactSettlesIt() {
        let verdict = P.verdict(P.publicPost(posted: "2020-01-01"), P.owner(region: .ch))
        #expect(verdict.kind == .unknown)
        #expect(verdict.ruleID == "R14")
        #expect(verdict.missingFacts.isEmpty)
    }

    @Test func r14WithoutARegionAPublicPostWaitsForTheRegion() {
        let verdict = P.verdict(P.publicPost(posted: "2020-01-01"), P.owner(region: nil, objection: nil))
        #expect(verdict.kind == .unknown)
        #expect(verdict.ruleID == "R14")
        #expect(verdict.missingFacts == [.region])
    }
}
