import Foundation
import Testing
@testable import ExposureKit

/// The remaining sources of media-sources.md: profile-update history, shared memories, birthday media,
/// the top-moments recap, Dating, avatars, comment photos of older layouts, Instagram comment media,
/// insights thumbnails and Instagram's chats with Meta AI; and Threads in Brazil (A29).
struct MoreMediaSourcesTests {
    private let memories = Paths.fixture("facebook/2025-profile-and-memories/facebook-jdoe-2025-09-01-Pm45Qr78.zip")
    private let instagram = Paths.fixture("instagram/2025-comments-insights-ai/instagram-jdoe-2025-10-01-Ci56Ai78.zip")
    private let threads = Paths.fixture("instagram/2026-threads-zip/instagram-jdoe-2026-01-04-Th26Rd01.zip")

    private func rows(_ db: String) throws -> [[String: String]] {
        CSVTable(try exposure(["export", "--csv", "-"], db: db).stdout).records
    }

    private func only(_ rows: [[String: String]], _ source: String) -> [String: String]? {
        MediaSourcesTests.rows(rows, source: source).first
    }

    @Test func profileUpdatesAreTheirOwnSourceAndPublicLikeTheProfilePictureTheyShow() throws {
        let all = try MediaSourcesTests.scanned([memories]).rows
        for source in ["profile_picture;profile_update", "cover_photo;profile_update"] {
            let row = try #require(only(all, source), "\(source)")
            #expect(row["visibility"] == "public" && row["visibility_source"] == "platform_rule")
            #expect(row["ai_training"] == "used")
        }
    }

    /// Dating photos are not public, but no statement of Meta's names them (media-sources.md F15): unknown,
    /// and no question about their audience could settle that.
    @Test func datingPhotosAndTheTopMomentsRecapWereNeverPublic() throws {
        let all = try MediaSourcesTests.scanned([memories]).rows
        let dating = all.filter { $0["source"] == "dating" }
        #expect(dating.count == 2)
        #expect(dating.allSatisfy { $0["visibility"] == "private" && $0["ai_training"] == "unknown" && $0["ai_rule"] == "R07a" })
        let recaps = all.filter { $0["source"] == "top_moments" }
        #expect(recaps.count == 1)
        #expect(recaps.allSatisfy { $0["visibility"] == "private" && $0["ai_training"] == "excluded" && $0["ai_rule"] == "R07" })
        let copied = try #require(only(all, "post;top_moments"), "a recap repeating a post's photo is one item")
        #expect(copied["visibility"] == "unknown", "the post's own audience still decides")
    }

    @Test func memoriesAndBirthdayMediaAreAskedWithPostsAndAvatarsWithTheProfile() throws {
        let (db, all) = try MediaSourcesTests.scanned([memories])
        #expect(only(all, "shared_memory")?["caption"] == "Ten years ago today 🏖️")
        #expect(all.filter { $0["source"] == "avatar" }.count == 2, "avatar_data.json's nested sticker too")
        _ = try exposure(["visibility", "set", "public", "--in", "posts", "--always"], db: db)
        _ = try exposure(["visibility", "set", "private", "--in", "profile", "--always"], db: db)
        let after = try rows(db)
        for source in ["shared_memory", "birthday", "post;top_moments"] {
            #expect(only(after, source)?["visibility"] == "public", "\(source)")
        }
        #expect(after.filter { $0["source"] == "avatar" }.allSatisfy { $0["visibility"] == "private" })
        #expect(only(after, "reel")?["visibility"] == "unknown", "a reel under short_videos/ is asked about as a reel")
    }

    @Test func aSharedMemoryIsATimelinePostForLimitingPastPosts() throws {
        let (db, _) = try MediaSourcesTests.scanned([memories])
        _ = try exposure(["visibility", "set", "public", "--in", "posts", "--always"], db: db)
        let plan = try PlanDocument(try exposure(["plan", "--format", "json"], db: db).stdout)
        #expect(try plan.action("facebook-limit-past-posts").items == 2, "the post and the shared memory; birthday media's surface is not known")
    }

    @Test func commentPhotosOfOlderLayoutsAreRead() throws {
        for (fixture, count) in [("facebook/2022-comments/facebook-jdoe-2022-08-01", 1), ("facebook/2023-comments/facebook-jdoe-2023-08-01.zip", 2)] {
            let all = try MediaSourcesTests.scanned([Paths.fixture(fixture)]).rows
            let comments = all.filter { ["comment", "group_comment"].contains($0["source"]) }
            #expect(comments.count == count, "\(fixture)")
            #expect(comments.allSatisfy { $0["visibility"] == "unknown" && $0["ai_training"] == "unknown" })
        }
    }

    @Test func instagramCommentMediaTakeThePostsAudienceAndInsightsTheAccounts() throws {
        let (db, all) = try MediaSourcesTests.scanned([instagram])
        let comments = MediaSourcesTests.rows(all, source: "comment")
        #expect(comments.count == 2, "post_comments_1.json and hype.json")
        #expect(comments.allSatisfy { $0["visibility"] == "unknown" && $0["ai_training"] == "unknown" })
        #expect(only(all, "post;comment")?["visibility"] == "public", "the owner's own post keeps the account's setting")
        #expect(only(all, "insights")?["ai_training"] == "used")
        #expect(only(all, "post;insights") != nil, "a thumbnail that is the post's file is one item")
        let review = try exposure(["review", "--format", "json"], db: db)
        #expect(review.stdout.contains("\"place\" : \"comments\"") || review.stdout.contains("\"place\":\"comments\""))
    }

    @Test func aPhotoSentToMetaAIOnInstagramIsUsedAndOtherChatsStaySkipped() throws {
        let all = try MediaSourcesTests.scanned([instagram]).rows
        let sent = try #require(only(all, "meta_ai"))
        #expect(sent["visibility"] == "private" && sent["ai_training"] == "used" && sent["ai_rule"] == "R02")
        #expect(sent["caption"] == "Which boat is this?")
        #expect(all.count == 6, "Meta AI's own image and the friend's chat photo are no items")
    }

    @Test func publicThreadsPostsAreUsedInBrazilOnceMetasUpdateNamedThreads() throws {
        let (db, _) = try MediaSourcesTests.scanned([threads], region: "br")
        _ = try exposure(["facts", "set", "--not-objected", "instagram"], db: db)
        _ = try exposure(["visibility", "set", "public", "--platform", "instagram", "--in", "threads", "--always"], db: db)
        let posts = MediaSourcesTests.rows(try rows(db), source: "threads")
        #expect(posts.count == 3)
        #expect(posts.allSatisfy { $0["ai_training"] == "used" && $0["ai_rule"] == "R15d" })
    }

    @Test func r15FollowsTheBrazilianUpdateOnlyFromItsDateAndHonoursEarlierObjections() {
        let post = P.publicPost(posted: "2025-11-02", kinds: [.threads])
        #expect(P.verdict(post, P.owner(region: .br)).ruleID == "R15d")
        #expect(P.verdict(post, P.owner(region: .br), now: P.instant("2025-12-15")).kind == .unknown)
        let objected = P.verdict(post, P.owner(region: .br, objection: P.objected("2025-06-01")))
        #expect(objected.kind == .excluded && objected.ruleID == "R15b")
        let later = P.verdict(post, P.owner(region: .br, objection: P.objected("2026-01-10")))
        #expect(later.kind == .unknown && later.ruleID == "R15c", "posted before the objection, so possibly used already")
        #expect(P.verdict(post, P.owner(region: .eu)).ruleID == "R15")
        #expect(P.verdict(post, P.owner(region: nil)).kind == .unknown)
    }
}
