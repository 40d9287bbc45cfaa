import Testing
@testable import ExposureKit

/// The worked examples of the reference (§5), each with the verdict the reference predicts.
@Suite struct PolicyWorkedExampleTests {
    let germanPhoto2016 = P.publicPost(.instagram, posted: "2016-06-15")

    @Test func publicInstagramPhoto2016GermanAdultObjected20MayIsExcluded() {
        let verdict = P.verdict(germanPhoto2016, P.owner(region: .eu, objection: P.objected("2025-05-20")))
        #expect(verdict.kind == .excluded)
        #expect(verdict.ruleID == "R10a")
    }

    @Test func samePhotoWithObjectionOn10JuneIsUnknown() {
        let verdict = P.verdict(germanPhoto2016, P.owner(region: .eu, objection: P.objected("2025-06-10")))
        #expect(verdict.kind == .unknown)
        #expect(verdict.ruleID == "R10b")
    }

    @Test func friendsOnlyFacebookPhoto2012InTheUSNeverPublicIsExcluded() {
        let verdict = P.verdict(P.neverPublic(.facebook, posted: "2012-03-03"), P.owner(region: .row))
        #expect(verdict.kind == .excluded)
        #expect(verdict.ruleID == "R07")
    }

    @Test func publicFacebookPost2019InAustraliaIsUsed() {
        let verdict = P.verdict(P.publicPost(.facebook, posted: "2019-09-09"), P.owner(region: .row))
        #expect(verdict.kind == .used)
        #expect(verdict.ruleID == "R13")
    }

    @Test func sameAustralianPostMadeFriendsOnlyIn2024IsUnknown() {
        let verdict = P.verdict(P.formerlyPublic(.facebook, posted: "2019-09-09", until: "2024-04-01"), P.owner(region: .row))
        #expect(verdict.kind == .unknown)
        #expect(verdict.ruleID == "R08")
    }

    @Test func imageUploadedToMetaAIImagineMeInTheUSIsUsed() {
        let image = ItemFacts(platform: .instagram, kinds: [], postedAt: P.instant("2024-10-10"), content: .metaAIInteraction)
        let verdict = P.verdict(image, P.owner(region: .row))
        #expect(verdict.kind == .used)
        #expect(verdict.ruleID == "R02")
    }

    @Test func gpsInThatPhotosExifDataIsUnknown() {
        let gps = ItemFacts(platform: .instagram, kinds: [], postedAt: P.instant("2024-10-10"), content: .exifMetadata)
        let verdict = P.verdict(gps, P.owner(region: .row))
        #expect(verdict.kind == .unknown)
        #expect(verdict.ruleID == "K6")
    }
}
