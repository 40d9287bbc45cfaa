import Foundation
import Testing

/// The AI-training verdicts end to end: scan fixtures, set facts and overrides through the command line,
/// and read the verdicts in the CSV as a user would.
struct VerdictCLITests {
    private let facebook = Paths.fixture("facebook/2024-root-folder/facebook-jdoe-2024-11-18-Ab12Cd34.zip")
    private let instagram = Paths.fixture("instagram/2025-private-zip/instagram-jdoe-2025-03-17-0Y8WC7hw.zip")

    private func rows(_ db: String) throws -> [[String: String]] {
        CSVTable(try exposure(["export", "--csv", "-"], db: db).stdout).records
    }

    private func verdicts(_ rows: [[String: String]], where test: ([String: String]) -> Bool) -> Set<String> {
        Set(rows.filter(test).map { $0["ai_training"] ?? "" })
    }

    @Test func factsAndOverridesMoveTheVerdicts() throws {
        let db = Paths.temporaryFolder().appendingPathComponent("e.sqlite").path
        _ = try exposure(["scan", "--quiet", facebook], db: db)
        _ = try exposure(["scan", "--quiet", instagram], db: db)
        var all = try rows(db)
        #expect(all.allSatisfy { ["used", "excluded", "unknown"].contains($0["ai_training"]) && !($0["ai_rule"] ?? "").isEmpty && !($0["ai_reason"] ?? "").isEmpty })
        #expect(verdicts(all) { _ in true }.contains("used") == false, "without facts nothing may be called used")
        let neverPublic: ([String: String]) -> Bool = { $0["was_public"] == "no" }
        #expect(verdicts(all, where: neverPublic) == ["excluded"])

        _ = try exposure(["facts", "set", "--region", "row", "--adult"], db: db)
        all = try rows(db)
        let profile: ([String: String]) -> Bool = { $0["platform"] == "facebook" && ($0["source"]!.contains("profile_picture") || $0["source"]!.contains("cover_photo")) }
        #expect(verdicts(all, where: profile) == ["used"])
        #expect(verdicts(all, where: neverPublic) == ["excluded"])

        let timeline: ([String: String]) -> Bool = { $0["album"] == "Timeline photos" }
        let count = all.filter(timeline).count
        #expect(count > 0)
        #expect(verdicts(all, where: timeline) == ["unknown"])
        let set = try exposure(["visibility", "set", "public", "--platform", "facebook", "--album", "timeline photos", "--always"], db: db)
        #expect(set.stdout.hasPrefix("Set \(count) items to public."))
        all = try rows(db)
        #expect(all.filter(timeline).allSatisfy { $0["visibility"] == "public" && $0["visibility_source"] == "user" })
        #expect(verdicts(all, where: timeline) == ["used"])

        _ = try exposure(["facts", "set", "--region", "eu", "--objected", "facebook:2025-05-01"], db: db)
        let beforeTraining: ([String: String]) -> Bool = { profile($0) && ($0["posted_at"] ?? "") < "2025-05-01" }
        #expect(verdicts(try rows(db), where: beforeTraining) == ["excluded"])
        _ = try exposure(["facts", "set", "--not-objected", "facebook"], db: db)
        #expect(verdicts(try rows(db), where: beforeTraining) == ["used"])
    }

    @Test func aBirthdayFoundInOneExportMovesTheVerdictsOfAnother() throws {
        let db = Paths.temporaryFolder().appendingPathComponent("e.sqlite").path
        _ = try exposure(["scan", "--quiet", facebook], db: db)
        _ = try exposure(["facts", "set", "--region", "row"], db: db)
        let profile: ([String: String]) -> Bool = { $0["platform"] == "facebook" && $0["source"]!.contains("profile_picture") }
        #expect(verdicts(try rows(db), where: profile) == ["unknown"], "the Facebook export gives no birthday")
        _ = try exposure(["scan", "--quiet", instagram], db: db)
        #expect(verdicts(try rows(db), where: profile) == ["used"], "Instagram's birthday makes the owner an adult")
        let before = try rows(db)
        _ = try exposure(["scan", "--quiet", "--full", facebook], db: db)
        #expect(try rows(db) == before)
    }

    @Test func explainShowsTheFactsRulesAndSources() throws {
        let db = Paths.temporaryFolder().appendingPathComponent("e.sqlite").path
        _ = try exposure(["scan", "--quiet", facebook], db: db)
        _ = try exposure(["facts", "set", "--region", "uk", "--born", "1990-04-01"], db: db)
        let path = try #require(try rows(db).first { $0["source"]!.contains("cover_photo") }?["archive_path"])
        let text = try exposure(["explain", path], db: db).stdout
        for expected in ["Item ", path, "Rule set of ", "region: uk (user)", "Rules, in order:", "Sources:", "https://"] {
            #expect(text.contains(expected), "missing \(expected)")
        }
        let missing = try CLI.run(["explain", "no/such/photo.jpg", "--db", db])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no/such/photo.jpg: no item has this id or archive path"))
    }

    @Test func theReportNamesTheFactsThatWouldSettleUnknowns() throws {
        let db = Paths.temporaryFolder().appendingPathComponent("e.sqlite").path
        _ = try exposure(["scan", "--quiet", facebook], db: db)
        let before = try exposure(["report"], db: db).stdout
        #expect(before.contains("because your region is not set: exposure facts set --region"))
        _ = try exposure(["facts", "set", "--region", "row"], db: db)
        let after = try exposure(["report"], db: db).stdout
        #expect(!after.contains("because your region is not set"))
        #expect(after.contains("rule set of "))
    }
}
