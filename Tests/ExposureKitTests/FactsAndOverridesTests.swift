import Foundation
import GRDB
import Testing
@testable import ExposureKit

/// Facts and visibility overrides: the user's word outranks the export's, survives rescans, and moves verdicts.
struct FactsAndOverridesTests {
    private let facebook = Paths.fixture("facebook/2024-root-folder/facebook-jdoe-2024-11-18-Ab12Cd34.zip")
    private let instagram = Paths.fixture("instagram/2025-private-zip/instagram-jdoe-2025-03-17-0Y8WC7hw.zip")

    private func scanned(_ paths: String...) throws -> ExposureDatabase {
        let db = try ExposureDatabase(path: Paths.temporaryFolder().appendingPathComponent("e.sqlite").path, create: true)
        for path in paths { _ = try Scanner(database: db).scan(paths: [path]) }
        return db
    }

    private func verdicts(_ db: ExposureDatabase) throws -> [String: Int] {
        try db.read { db in
            try Row.fetchAll(db, sql: "SELECT aiTraining, COUNT(*) AS n FROM item GROUP BY aiTraining")
                .reduce(into: [:]) { $0[$1["aiTraining"] as String] = $1["n"] as Int }
        }
    }

    @Test func withoutFactsNothingIsCalledUsed() throws {
        let db = try scanned(facebook, instagram)
        let counts = try verdicts(db)
        #expect(counts["used"] == nil)
        #expect((counts["excluded"] ?? 0) > 0, "items never public are excluded whatever the missing facts")
        #expect(try db.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM item WHERE aiTraining IS NULL") } == 0)
    }

    @Test func theExportsBirthdayIsAdoptedButTheUserWins() throws {
        let db = try scanned(instagram)
        #expect(try db.read { try OwnerFacts.policyFacts($0) }.age == PolicyFact(.birthDate(CalendarDay(iso: "1990-04-01")!), origin: .export))
        var change = OwnerFacts.Change()
        change.adult = true
        try db.write { try OwnerFacts.set(change, $0) }
        _ = try Scanner(database: db).scan(paths: [Paths.fixture("instagram/2024-german/" + firstFile("instagram/2024-german"))])
        #expect(try db.read { try OwnerFacts.policyFacts($0) }.age == PolicyFact(.adult, origin: .user))
    }

    @Test func anOverrideCountsWhatItChangedAndSurvivesARescan() throws {
        let db = try scanned(facebook)
        var filter = VisibilityOverrides.Filter()
        filter.album = "timeline photos"
        let changed = try db.write { try VisibilityOverrides.add(.public, sincePosting: true, filter: filter, $0) }
        let matching = try db.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM item WHERE album = 'Timeline photos' COLLATE NOCASE") }
        #expect(changed == matching && changed > 0)
        let again = try db.write { try VisibilityOverrides.add(.public, sincePosting: true, filter: filter, $0) }
        #expect(again == 0)
        let rescan = try Scanner(database: db).scan(paths: [facebook], rereadAll: true)[0]
        #expect(rescan.wasRescan && !rescan.unchanged)
        let stillUser = try db.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM item WHERE visibilitySource = 'user'") }
        #expect(stillUser == changed)
    }

    @Test func filtersCombine() throws {
        let db = try scanned(facebook, instagram)
        let matching = try db.read {
            try Int.fetchOne($0, sql: """
                SELECT COUNT(*) FROM item i JOIN export e ON e.id = i.exportId
                WHERE e.platform = 'instagram' AND i.postedAt >= '2024-01-01'
                AND i.id IN (SELECT itemId FROM itemSource WHERE kind = 'story')
                """)
        }
        var filter = VisibilityOverrides.Filter()
        filter.platform = .instagram
        filter.source = .story
        filter.after = CalendarDay(iso: "2024-01-01")
        let changed = try db.write { try VisibilityOverrides.add(.private, sincePosting: false, filter: filter, $0) }
        #expect(changed == matching && changed > 0)
        #expect(try db.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM item WHERE visibilitySource = 'user'") } == changed)
    }

    private func firstFile(_ fixture: String) -> String {
        ((try? FileManager.default.contentsOfDirectory(atPath: Paths.fixture(fixture))) ?? []).filter { $0 != "expected.csv" }.sorted()[0]
    }
}
