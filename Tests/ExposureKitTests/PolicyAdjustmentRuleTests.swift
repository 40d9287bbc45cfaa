import Testing
@testable import ExposureKit

/// K1–K8: how an item's kind changes what the visibility rules see.
@Suite struct PolicyAdjustmentRuleTests {
    @Test(arguments: [SourceKind.profilePicture, .coverPhoto])
    func k1FacebookProfileAndCoverPhotosCountAsPublicWithMediumConfidence(kind: SourceKind) {
        let item = ItemFacts(platform: .facebook, kinds: [kind], postedAt: P.instant("2019-04-01"))
        let verdict = P.verdict(item, P.owner(region: .row))
        #expect(verdict.kind == .used)
        #expect(verdict.ruleID == "R13")
        #expect(verdict.confidence == .medium)
    }

    @Test func k1GivesWayToAnAudienceTheUserSet() {
        let item = ItemFacts(platform: .facebook, kinds: [.profilePicture], postedAt: P.instant("2019-04-01"),
                             visibility: .private, visibilitySource: .user, wasPublic: .no)
        #expect(P.verdict(item, P.owner()).ruleID == "R07")
    }

    @Test func k2InstagramProfilePhotoOfAPrivateAccountIsUnknown() {
        var item = ItemFacts(platform: .instagram, kinds: [.profilePicture], postedAt: P.instant("2022-01-01"),
                             visibility: .public, visibilitySource: .platformRule, wasPublic: .yes, accountPrivate: true)
        let privateAccount = P.verdict(item, P.owner())
        #expect(privateAccount.kind == .unknown)
        #expect(privateAccount.ruleID == "K2")
        #expect(privateAccount.missingFacts.isEmpty)
        item.accountPrivate = false
        #expect(P.verdict(item, P.owner()).kind == .used)
        item.accountPrivate = nil
        #expect(P.verdict(item, P.owner()).missingFacts == [.accountPrivacy])
    }

    @Test func k3StoryOnAPublicAccountPostedAfterTheEUStartIsUnknownNotUsed() {
        let story = P.publicPost(posted: "2025-08-01", kinds: [.story])
        let verdict = P.verdict(story, P.owner(region: .eu))
        #expect(verdict.kind == .unknown)
        #expect(verdict.ruleID == "R08")
        #expect(verdict.missingFacts.isEmpty)
    }

    @Test func k3StoryExpiringOnTheEUStartDayWasPublicDuringTraining() {
        let expiresOnStart = P.publicPost(posted: "2025-05-26T12:00:00Z", kinds: [.story])
        #expect(P.verdict(expiresOnStart, P.owner(region: .eu)).missingFacts.isEmpty)
        let expiresBefore = P.publicPost(posted: "2025-05-25T12:00:00Z", kinds: [.story])
        let verdict = P.verdict(expiresBefore, P.owner(region: .eu))
        #expect(verdict.kind == .unknown)
        #expect(verdict.missingFacts == [.publicUntil])
    }

    @Test func k3StoryTheUserSaysEndedBeforeTheStartIsExcluded() {
        let story = ItemFacts(platform: .instagram, kinds: [.story], postedAt: P.instant("2025-05-25T12:00:00Z"),
                              visibility: .private, visibilitySource: .user, wasPublic: .yes,
                              publicUntil: P.instant("2025-05-26T12:00:00Z"))
        let verdict = P.verdict(story, P.owner(region: .eu))
        #expect(verdict.kind == .excluded)
        #expect(verdict.ruleID == "R08")
    }

    @Test func k3StoryTheUserSaysIsStillPublicCountsAsAPublicPostWithMediumConfidence() {
        let story = ItemFacts(platform: .instagram, kinds: [.story], postedAt: P.instant("2020-01-01"),
                              visibility: .public, visibilitySource: .user)
        let verdict = P.verdict(story, P.owner(region: .eu))
        #expect(verdict.kind == .used)
        #expect(verdict.ruleID == "R10c")
        #expect(verdict.confidence == .medium)
    }

    @Test func k4CommentIgnoresTheAccountSettingAndTakesTheParentPostsAudience() {
        var comment = P.publicPost(posted: "2021-01-01")
        comment.content = .comment
        let fromAccount = P.verdict(comment, P.owner())
        #expect(fromAccount.kind == .unknown)
        #expect(fromAccount.missingFacts == [.visibility])
        comment.visibilitySource = .user
        #expect(P.verdict(comment, P.owner()).kind == .used)
    }

    @Test func k5GroupPostIgnoresTheAccountSettingAndTakesTheGroupsAudience() {
        var groupPhoto = P.publicPost(.facebook, posted: "2021-01-01", kinds: [.group])
        #expect(P.verdict(groupPhoto, P.owner()).missingFacts == [.visibility])
        groupPhoto.visibilitySource = .user
        #expect(P.verdict(groupPhoto, P.owner()).kind == .used)
        let privateGroup = ItemFacts(platform: .facebook, kinds: [.group], postedAt: P.instant("2021-01-01"),
                                     visibility: .private, visibilitySource: .user, wasPublic: .no)
        #expect(P.verdict(privateGroup, P.owner()).kind == .excluded)
    }

    @Test func k6MetadataKeptByMetaIsUnknownWhateverTheFacts() {
        var metadata = P.publicPost(posted: "2021-01-01")
        metadata.content = .exifMetadata
        let verdict = P.verdict(metadata, P.owner(region: .row))
        #expect(verdict.kind == .unknown)
        #expect(verdict.ruleID == "K6")
        #expect(verdict.missingFacts.isEmpty)
    }

    @Test func k7InstagramDateBeforeLaunchIsADataErrorAndUnknown() {
        let before = P.verdict(P.publicPost(posted: "2010-10-05T23:59:59Z"), P.owner())
        #expect(before.kind == .unknown)
        #expect(before.ruleID == "K7")
        #expect(P.verdict(P.publicPost(posted: "2010-10-06T00:00:00Z"), P.owner()).kind == .used)
    }

    @Test(arguments: [SourceKind.archived, .deleted])
    func k8ArchivedOrDeletedPostFromAPublicAccountIsNoLongerPublic(kind: SourceKind) {
        var item = P.publicPost(posted: "2016-06-01", kinds: [kind])
        let unknownEnd = P.verdict(item, P.owner(region: .eu))
        #expect(unknownEnd.kind == .unknown)
        #expect(unknownEnd.missingFacts == [.publicUntil])
        item.publicUntil = P.instant("2020-01-01")
        let endedEarly = P.verdict(item, P.owner(region: .eu))
        #expect(endedEarly.kind == .excluded)
        #expect(endedEarly.ruleID == "R08")
    }
}
