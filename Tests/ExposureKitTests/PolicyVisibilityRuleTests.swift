import Testing
@testable import ExposureKit

/// R07–R09: never public, public once, and audience not known.
@Suite struct PolicyVisibilityRuleTests {
    @Test func r07NeverPublicIsExcludedWhateverTheRegionAgeOrObjection() {
        let verdict = P.verdict(P.neverPublic(posted: "2020-02-02"), P.owner(region: nil, age: nil, objection: nil))
        #expect(verdict.kind == .excluded)
        #expect(verdict.ruleID == "R07")
        #expect(verdict.confidence == .high)
    }

    /// Each region's training start: public until the last second of the day before is excluded,
    /// public at the first second of the start day is unknown.
    @Test(arguments: [
        (Region.row, "2023-01-01"), (.br, "2023-01-01"), (.eu, "2025-05-27"), (.uk, "2024-09-13"),
    ])
    func r08MadeNonPublicBeforeTheRegionsStartIsExcludedFromItOnUnknown(region: Region, start: String) {
        let dayBefore = P.instant(start + "T00:00:00Z").addingTimeInterval(-1)
        let before = P.verdict(P.formerlyPublic(posted: "2015-01-01", until: dayBefore.formatted(.iso8601)), P.owner(region: region))
        #expect(before.kind == .excluded)
        #expect(before.ruleID == "R08")
        #expect(before.confidence == .medium)
        let onStart = P.verdict(P.formerlyPublic(posted: "2015-01-01", until: start + "T00:00:00Z"), P.owner(region: region))
        #expect(onStart.kind == .unknown)
        #expect(onStart.ruleID == "R08")
        #expect(onStart.missingFacts.isEmpty)
    }

    @Test func r08SwissOwnerHasNoStartDateSoEvenEarlyHidingIsUnknown() {
        let verdict = P.verdict(P.formerlyPublic(posted: "2012-01-01", until: "2015-01-01"), P.owner(region: .ch))
        #expect(verdict.kind == .unknown)
        #expect(verdict.missingFacts.isEmpty)
    }

    @Test func r08WithoutARegionAnEarlyEndDependsOnTheRegion() {
        let verdict = P.verdict(P.formerlyPublic(posted: "2012-01-01", until: "2020-01-01"), P.owner(region: nil))
        #expect(verdict.kind == .unknown)
        #expect(verdict.missingFacts == [.region])
    }

    @Test func r08WithoutTheEndDateOnlyOldPostsNeedIt() {
        let old = P.verdict(P.formerlyPublic(posted: "2016-01-01", until: nil), P.owner(region: .eu))
        #expect(old.missingFacts == [.publicUntil])
        let recent = P.verdict(P.formerlyPublic(posted: "2025-06-01", until: nil), P.owner(region: .eu))
        #expect(recent.kind == .unknown)
        #expect(recent.missingFacts.isEmpty)
    }

    @Test func r09AudienceNotKnownAsksForTheVisibility() {
        let item = ItemFacts(platform: .facebook, kinds: [.album], postedAt: P.instant("2018-08-08"))
        let verdict = P.verdict(item, P.owner(region: .row))
        #expect(verdict.kind == .unknown)
        #expect(verdict.ruleID == "R09")
        #expect(verdict.missingFacts == [.visibility])
    }

    @Test func r09NotNeededWhenTheItemWasNeverPublic() {
        let item = ItemFacts(platform: .instagram, kinds: [.post], postedAt: P.instant("2018-08-08"),
                             visibility: .unknown, wasPublic: .no)
        #expect(P.verdict(item, P.owner()).ruleID == "R07")
    }
}
