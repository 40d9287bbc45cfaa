import Foundation
import Testing
@testable import ExposureKit

/// The media beyond posts and albums: reels, comment photos, a Page's export, chats with Meta AI and
/// Threads, scanned from the fixtures through the command line and judged as a user would read them.
struct MediaSourcesTests {
    private let sources = Paths.fixture("facebook/2025-more-sources/facebook-jdoe-2025-06-01-Mz34Nb56.zip")
    private let page = Paths.fixture("facebook/2026-page-export/facebook-lakesidebakery-2026-03-06-Pg12Hj34.zip")
    private let threads = Paths.fixture("instagram/2026-threads-zip/instagram-jdoe-2026-01-04-Th26Rd01.zip")

    /// Scans the exports into a new database as an adult in the rest of the world, and its CSV rows.
    static func scanned(_ exports: [String], region: String = "row") throws -> (db: String, rows: [[String: String]]) {
        let db = Paths.temporaryFolder().appendingPathComponent("e.sqlite").path
        for export in exports { _ = try exposure(["scan", "--quiet", export], db: db) }
        _ = try exposure(["facts", "set", "--region", region, "--adult"], db: db)
        return (db, CSVTable(try exposure(["export", "--csv", "-"], db: db).stdout).records)
    }

    static func rows(_ rows: [[String: String]], source: String) -> [[String: String]] {
        rows.filter { $0["source"] == source }
    }

    @Test func aPhotoSentToMetaAIIsUsedAndNoOtherChatIsRead() throws {
        let all = try Self.scanned([sources]).rows
        let chat = Self.rows(all, source: "meta_ai")
        #expect(chat.count == 1, "only the owner's photo: Meta AI's own image is not an item")
        #expect(chat.first?["ai_training"] == "used")
        #expect(chat.first?["ai_rule"] == "R02")
        #expect(chat.first?["visibility"] == "private")
        #expect(!all.contains { $0["archive_path"]!.contains("/annaschmidt_") }, "other chats stay skipped")
    }

    @Test func aReelAlsoInThePostsFileIsOneItemWithBothSources() throws {
        let all = try Self.scanned([sources]).rows
        #expect(Self.rows(all, source: "post;reel").count == 1)
        #expect(Self.rows(all, source: "reel").count == 1)
        #expect(all.filter { $0["media_type"] == "video" }.count == 2)
    }

    @Test func commentPhotosTakeTheAudienceOfWhatTheyAreOnAndAreAskedAboutApart() throws {
        let (db, all) = try Self.scanned([sources])
        let comment = try #require(Self.rows(all, source: "comment").first)
        #expect(comment["upload_ip"] == "198.51.100.23")
        #expect(comment["ai_training"] == "unknown", "its audience is the post's, which the export does not tell")
        let review = try exposure(["review", "--format", "json"], db: db)
        let json = try JSONSerialization.jsonObject(with: Data(review.stdout.utf8)) as? [String: Any]
        let places = (json?["questions"] as? [[String: Any]] ?? []).compactMap { $0["place"] as? String }
        #expect(places.contains("comments"))
        #expect(places.contains("groups"), "a group comment is asked about with the group")
        _ = try exposure(["visibility", "set", "public", "--in", "comments", "--always"], db: db)
        let after = CSVTable(try exposure(["export", "--csv", "-"], db: db).stdout).records
        #expect(Self.rows(after, source: "comment").first?["ai_training"] == "used")
        #expect(Self.rows(after, source: "group_comment").first?["visibility"] == "unknown")
    }

    @Test func aPageExportIsPublicByThePlatformsRuleAndUsedForAnAdult() throws {
        let all = try Self.scanned([page]).rows
        #expect(all.count == 4)
        #expect(all.allSatisfy { $0["source"] == "page_post" && $0["visibility"] == "public" && $0["visibility_source"] == "platform_rule" })
        #expect(all.allSatisfy { $0["ai_training"] == "used" })
    }

    @Test func threadsPostsAreInstagramItemsWithTheirOwnAudienceAndNoStatementOnTraining() throws {
        let (db, all) = try Self.scanned([threads])
        let posts = Self.rows(all, source: "threads")
        #expect(posts.count == 3, "a carousel of two and a reply; the text-only post is no item")
        #expect(posts.allSatisfy { $0["platform"] == "instagram" && $0["visibility"] == "unknown" })
        #expect(Self.rows(all, source: "post").first?["visibility"] == "public", "the Instagram account is public")
        #expect(Self.rows(all, source: "profile_picture;threads").first?["visibility"] == "public")
        _ = try exposure(["visibility", "set", "public", "--platform", "instagram", "--in", "threads", "--always"], db: db)
        let after = Self.rows(CSVTable(try exposure(["export", "--csv", "-"], db: db).stdout).records, source: "threads")
        #expect(after.count == 3)
        #expect(after.allSatisfy { $0["ai_training"] == "unknown" && $0["ai_rule"] == "R15" })
    }

    @Test func r15LeavesNonPublicThreadsPostsToTheVisibilityRules() {
        var item = ItemFacts(platform: .instagram, kinds: [.threads], postedAt: P.instant("2025-11-02"),
                             visibility: .private, visibilitySource: .user, wasPublic: .no)
        #expect(P.verdict(item, P.owner()).kind == .excluded)
        item.kinds = [.threads, .post]
        item.visibility = .public
        item.wasPublic = .yes
        #expect(P.verdict(item, P.owner()).ruleID != "R15", "a file also posted on Instagram follows Instagram's rules")
    }
}
