import Testing
@testable import ExposureKit

/// R01–R03b: messages, Meta AI and the camera roll.
@Suite struct PolicyContentRuleTests {
    @Test func r01PhotoInPrivateMessageIsExcludedEvenWherePublicPostsAreUsed() {
        var item = P.publicPost(posted: "2024-01-10")
        item.content = .directMessage
        let verdict = P.verdict(item, P.owner(region: .row))
        #expect(verdict.kind == .excluded)
        #expect(verdict.ruleID == "R01")
        #expect(verdict.confidence == .high)
    }

    @Test func r02ImageSentToMetaAIIsUsedOutsideTheEU() {
        let item = ItemFacts(platform: .facebook, kinds: [], postedAt: P.instant("2025-02-01"), content: .metaAIInteraction)
        let verdict = P.verdict(item, P.owner(region: .uk, objection: P.objected("2024-06-01")))
        #expect(verdict.kind == .used)
        #expect(verdict.ruleID == "R02")
    }

    @Test func r02bEUObjectionMakesMetaAIInteractionsUnknownWithNothingLeftToSet() {
        let item = ItemFacts(platform: .instagram, kinds: [], postedAt: P.instant("2025-07-01"), content: .metaAIInteraction)
        let objected = P.verdict(item, P.owner(region: .eu, objection: P.objected("2025-05-01")))
        #expect(objected.kind == .unknown)
        #expect(objected.ruleID == "R02b")
        #expect(objected.missingFacts.isEmpty)
        let notObjected = P.verdict(item, P.owner(region: .eu, objection: .notObjected))
        #expect(notObjected.kind == .used)
        #expect(notObjected.ruleID == "R02")
    }

    @Test func r02bWithoutRegionTheMetaAIVerdictWaitsForTheRegion() {
        let item = ItemFacts(platform: .instagram, kinds: [], postedAt: P.instant("2025-07-01"), content: .metaAIInteraction)
        let verdict = P.verdict(item, P.owner(region: nil, objection: P.objected("2025-05-01")))
        #expect(verdict.kind == .unknown)
        #expect(verdict.missingFacts == [.region])
        let noObjection = P.verdict(item, P.owner(region: nil, objection: .notObjected))
        #expect(noObjection.kind == .used)
    }

    @Test func r03CameraRollMediaNeitherEditedNorSharedIsExcluded() {
        let item = ItemFacts(platform: .facebook, kinds: [], postedAt: nil, content: .cameraRoll(editedOrShared: false))
        let verdict = P.verdict(item, P.owner())
        #expect(verdict.kind == .excluded)
        #expect(verdict.ruleID == "R03")
        #expect(verdict.confidence == .medium)
    }

    @Test func r03CameraRollMediaOfUnknownUseAsksForThatFact() {
        let item = ItemFacts(platform: .facebook, kinds: [], postedAt: nil, content: .cameraRoll(editedOrShared: nil))
        let verdict = P.verdict(item, P.owner())
        #expect(verdict.kind == .unknown)
        #expect(verdict.missingFacts == [.cameraRollUse])
    }

    @Test func r03bCameraRollMediaEditedWithMetaAIOrSharedIsUsed() {
        let item = ItemFacts(platform: .facebook, kinds: [], postedAt: nil, content: .cameraRoll(editedOrShared: true))
        let verdict = P.verdict(item, P.owner())
        #expect(verdict.kind == .used)
        #expect(verdict.ruleID == "R03b")
        #expect(verdict.confidence == .medium)
    }
}
