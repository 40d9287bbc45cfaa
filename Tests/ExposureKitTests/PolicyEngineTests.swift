import Foundation
import Testing
@testable import ExposureKit

/// The engine around the rules: facts not set, tallies, the explanation, and the rule set's data.
@Suite struct PolicyEngineTests {
    @Test func unknownNamesEveryFactNotSetThatMatters() {
        let item = ItemFacts(platform: .facebook, kinds: [.post], postedAt: P.instant("2020-01-01"))
        let verdict = P.verdict(item, PolicyFacts())
        #expect(verdict.kind == .unknown)
        #expect(verdict.ruleID == "R05b")
        #expect(verdict.missingFacts == [.age, .visibility, .region])
        #expect(verdict.reason.contains("your region"))
    }

    @Test func unknownWaitingForFactsCitesTheSourcesOfEveryRuleThatCouldDecide() {
        let verdict = P.verdict(P.formerlyPublic(posted: "2016-01-01", until: nil), P.owner(region: .eu, age: nil))
        #expect(verdict.missingFacts == [.age, .publicUntil])
        #expect(verdict.sourceIDs == ["S22", "S12", "S13"])
    }

    @Test func verdictCarriesTheRuleSetVersion() {
        #expect(P.verdict(P.publicPost(posted: "2020-01-01"), P.owner()).ruleSetVersion == RuleSet.current.version)
        #expect(RuleSet.current.version == "2026-11-27")
    }

    @Test func tallyCountsUnknownsPerMissingFact() {
        let noRegion = P.owner(region: nil)
        let items = [
            P.publicPost(posted: "2020-01-01"), P.publicPost(posted: "2021-01-01"),
            ItemFacts(platform: .facebook, kinds: [.album], postedAt: P.instant("2020-01-01")),
            P.neverPublic(posted: "2020-01-01"),
        ]
        var verdicts = items.map { P.verdict($0, noRegion) }
        verdicts.append(P.verdict(P.publicPost(posted: "2020-01-01"), P.owner(region: .ch)))
        let tally = UnknownTally(verdicts)
        #expect(tally.unknown == 4)
        #expect(tally.byMissingFact[.region] == 3)
        #expect(tally.byMissingFact[.visibility] == 1)
        #expect(tally.unsettleable == 1)
    }

    @Test func traceListsRulesInOrderUpToTheDecidingOne() {
        let evaluation = P.evaluate(P.neverPublic(posted: "2012-03-03"), P.owner(region: nil, age: nil))
        let ids = evaluation.steps.map(\.ruleID)
        let order = RuleSet.current.rules.map(\.id)
        #expect(ids == Array(order.prefix(ids.count)))
        #expect(evaluation.steps.last?.ruleID == "R07")
        #expect(evaluation.steps.last?.status == .matched)
        #expect(evaluation.steps.first { $0.ruleID == "R05b" }?.status == .undecided)
        #expect(evaluation.steps.first { $0.ruleID == "R01" }?.status == .notApplicable)
    }

    @Test func traceShowsAdjustmentsAndFactOrigins() {
        let item = ItemFacts(platform: .facebook, kinds: [.coverPhoto], postedAt: P.instant("2019-04-01"))
        var facts = P.owner(region: .row)
        facts.region = PolicyFact(.row, origin: .export)
        let evaluation = P.evaluate(item, facts)
        #expect(evaluation.steps.first { $0.ruleID == "K1" }?.status == .adjusted)
        #expect(evaluation.facts.first { $0.name == "region" } == FactLine(name: "region", value: "row", origin: "export"))
        #expect(evaluation.facts.first { $0.name == "age" }?.origin == "user")
        #expect(evaluation.facts.first { $0.name == "visibility now" } == FactLine(name: "visibility now", value: "unknown", origin: "none"))
    }

    @Test func explanationResolvesTheVerdictsSourcesWithURLs() {
        let evaluation = P.evaluate(P.publicPost(.facebook, posted: "2019-09-09"), P.owner(region: .row))
        #expect(evaluation.sources.map(\.id) == ["S20", "S21", "S22", "S5"])
        #expect(evaluation.sources.allSatisfy { !$0.urls.isEmpty })
    }

    @Test func plainTextShowsVerdictFactsRulesSourcesAndVersion() {
        let text = ExplanationRenderer.plainText(P.evaluate(P.publicPost(.facebook, posted: "2019-09-09"), P.owner(region: .row)))
        #expect(text.hasPrefix("used [R13, confidence high]: "))
        #expect(text.contains("Rule set of 2026-11-27, evidence up to 2025-10."))
        #expect(text.contains("  region: row (user)"))
        #expect(text.contains("  R01   not applicable: Not a private message."))
        #expect(text.contains("  R13   matched: "))
        #expect(text.contains("https://innovationaus.com/meta-admits-scraping-australian-users-posts-to-train-ai"))
    }

    @Test func plainTextOfAnUnknownSaysWhatToSet() {
        let text = ExplanationRenderer.plainText(P.evaluate(P.publicPost(posted: "2020-01-01"), P.owner(region: nil)))
        #expect(text.contains("Settled by setting: your region"))
    }

    @Test func ruleIDsAreUniqueAndInTheReferenceOrder() {
        let ids = RuleSet.current.rules.map(\.id)
        #expect(ids == [
            "R01", "R02b", "R02", "R03", "R03b", "R04", "R05", "R05b", "R06",
            "K1", "K2", "K3", "K4", "K5", "K6", "K7", "K8", "R07a", "R07", "R08", "R09", "R15", "R15b", "R15c", "R15d",
            "R10a", "R10b", "R10c", "R11a", "R11b", "R11c", "R12a", "R12b", "R12c", "R12d", "R13", "R14",
        ])
    }

    @Test func everyCitedSourceIsInTheRegistryAndEveryRegistryEntryIsCited() {
        let cited = Set(RuleSet.current.rules.flatMap(\.sourceIDs))
        #expect(cited == Set(RuleSet.current.sources.map(\.id)))
        #expect(RuleSet.current.sources.filter { $0.urls.isEmpty }.map(\.id) == ["S37"])
    }

    /// Over every combination of set and unset facts, an unknown never asks for a fact that is set,
    /// and a used or excluded verdict always has a confidence.
    @Test func missingFactsAreAlwaysFactsThatAreNotSet() {
        let regions: [Region?] = [nil] + Region.allCases
        let ages: [AgeFact?] = [nil, .adult, .minor, .birthDate(P.day("2000-03-15"))]
        let objections: [Objection?] = [nil, .notObjected, P.objected("2024-06-01"), P.objected("2025-06-10")]
        let visibilities: [(Visibility, WasPublic)] = [(.unknown, .unknown), (.public, .yes), (.private, .yes), (.private, .no), (.unknown, .yes)]
        let kinds: [Set<SourceKind>] = [[.post], [.story], [.profilePicture], [.group], [.archived]]
        for region in regions { for age in ages { for objection in objections { for (visibility, was) in visibilities { for kind in kinds {
            let facts = P.owner(region: region, age: age, objection: objection)
            let item = ItemFacts(platform: .instagram, kinds: kind, postedAt: P.instant("2017-05-05"),
                                 visibility: visibility, wasPublic: was)
            let verdict = P.verdict(item, facts)
            #expect(verdict.kind == .unknown || verdict.confidence != nil)
            #expect(verdict.kind == .unknown || verdict.missingFacts.isEmpty)
            if region != nil { #expect(!verdict.missingFacts.contains(.region)) }
            if age != nil { #expect(!verdict.missingFacts.contains(.age)) }
            if objection != nil { #expect(!verdict.missingFacts.contains(.objection(.instagram))) }
            if visibility != .unknown && !kind.contains(.group) { #expect(!verdict.missingFacts.contains(.visibility)) }
        } } } } }
    }
}
