import Testing
@testable import ExposureKit

/// R04–R06: the owner's age at the content date and now, and posts by others.
@Suite struct PolicyAgeRuleTests {
    @Test func r04MinorIsExcludedWithoutWaitingForVisibilityOrRegion() {
        let item = ItemFacts(platform: .facebook, kinds: [.post], postedAt: P.instant("2025-03-01"))
        let verdict = P.verdict(item, P.owner(region: nil, age: .minor, objection: nil))
        #expect(verdict.kind == .excluded)
        #expect(verdict.ruleID == "R04")
        #expect(verdict.missingFacts.isEmpty)
    }

    @Test func r04EighteenthBirthdayEndsTheExclusionAtMidnightUTC() {
        let item = P.publicPost(posted: "2026-11-20")
        let born = AgeFact.birthDate(P.day("2008-11-27"))
        let dayBefore = P.verdict(item, P.owner(age: born), now: P.instant("2026-11-26T23:59:59Z"))
        #expect(dayBefore.kind == .excluded)
        #expect(dayBefore.ruleID == "R04")
        let birthday = P.verdict(item, P.owner(age: born), now: P.instant("2026-11-27T00:00:00Z"))
        #expect(birthday.ruleID == "R05")
        #expect(birthday.kind == .unknown)
    }

    @Test func r05PublicPostFromTheDayBeforeTurning18IsUnknown() {
        let facts = P.owner(age: .birthDate(P.day("2000-03-15")))
        let before = P.verdict(P.publicPost(posted: "2018-03-14T23:59:59Z"), facts)
        #expect(before.kind == .unknown)
        #expect(before.ruleID == "R05")
        #expect(before.missingFacts.isEmpty)
        let on = P.verdict(P.publicPost(posted: "2018-03-15T00:00:00Z"), facts)
        #expect(on.kind == .used)
        #expect(on.ruleID == "R13")
    }

    @Test func r05OwnerBornOn29FebruaryTurns18On1March() {
        let facts = P.owner(age: .birthDate(P.day("2000-02-29")))
        #expect(P.verdict(P.publicPost(posted: "2018-02-28"), facts).ruleID == "R05")
        #expect(P.verdict(P.publicPost(posted: "2018-03-01"), facts).kind == .used)
    }

    @Test func r05NeverPublicPostFromBefore18IsExcludedNotUnknown() {
        let facts = P.owner(age: .birthDate(P.day("2000-03-15")))
        let verdict = P.verdict(P.neverPublic(posted: "2016-06-01"), facts)
        #expect(verdict.kind == .excluded)
        #expect(verdict.ruleID == "R07")
    }

    @Test func r05bWithoutAgeAPublicPostWaitsForTheAge() {
        let verdict = P.verdict(P.publicPost(posted: "2019-05-01"), P.owner(age: nil))
        #expect(verdict.kind == .unknown)
        #expect(verdict.ruleID == "R05b")
        #expect(verdict.missingFacts == [.age])
    }

    @Test func r05bWithoutAgeANeverPublicPostIsStillExcluded() {
        let verdict = P.verdict(P.neverPublic(posted: "2019-05-01"), P.owner(region: nil, age: nil, objection: nil))
        #expect(verdict.kind == .excluded)
        #expect(verdict.ruleID == "R07")
    }

    @Test func r06PublicPostBySomeoneElseIsUnknownAndNoFactOfYoursSettlesIt() {
        var item = P.publicPost(.facebook, posted: "2021-01-01")
        item.author = .other
        let verdict = P.verdict(item, P.owner(region: .eu, objection: P.objected("2025-01-10")))
        #expect(verdict.kind == .unknown)
        #expect(verdict.ruleID == "R06")
        #expect(verdict.missingFacts.isEmpty)
    }

    @Test func r06YourBeingUnder18DoesNotExcludeAnAdultsPostOfYou() {
        var item = P.publicPost(.facebook, posted: "2021-01-01")
        item.author = .other
        #expect(P.verdict(item, P.owner(age: .minor)).ruleID == "R06")
    }

    @Test func r06NeverPublicPostBySomeoneElseIsExcluded() {
        var item = P.neverPublic(posted: "2021-01-01")
        item.author = .other
        #expect(P.verdict(item, P.owner()).ruleID == "R07")
    }
}
