import Foundation
import GRDB
import Testing
@testable import ExposureKit

/// A scan stores findings and items as it goes; what the user sees must not depend on where a
/// batch or a page ends, and a JSON file that breaks half-way must leave none of its findings.
struct ScanStreamingTests {
    private static let jpeg = Data([0xFF, 0xD8, 0xFF, 0xD9])

    private func post(_ uri: String, caption: String) -> String {
        """
        {"timestamp": 1700000000, "data": [{"post": "\(caption)"}],
         "attachments": [{"data": [{"media": {"uri": "\(uri)", "creation_timestamp": 1700000000}}]}]}
        """
    }

    private func scan(_ export: URL) throws -> ExposureDatabase {
        let db = try ExposureDatabase(path: Paths.temporaryFolder().appendingPathComponent("e.sqlite").path, create: true)
        _ = try Scanner(database: db).scan(paths: [export.path])
        return db
    }

    private func sources(_ db: ExposureDatabase) throws -> [String: String] {
        try db.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT i.archivePath, group_concat(s.kind) AS kinds FROM item i JOIN itemSource s ON s.itemId = i.id
                GROUP BY i.id
                """)
            return Dictionary(uniqueKeysWithValues: rows.map { ($0["archivePath"], $0["kinds"]) })
        }
    }

    @Test func aPostsFileThatBreaksHalfWayLeavesNoneOfItsFindings() throws {
        var export = ExportBuilder()
        let media = "your_facebook_activity/posts/media/a"
        let posts = "[" + post("\(media)/1.jpg", caption: "first") + "," + post("\(media)/2.jpg", caption: "second")
        export.add("your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json", posts + ", {\"timest")
        export.add("your_facebook_activity/posts/your_uncategorized_photos.json", """
            {"other_photos_v2": [{"uri": "\(media)/3.jpg", "creation_timestamp": 1700000000}]}
            """)
        for name in ["1", "2", "3"] { export.add("\(media)/\(name).jpg", Self.jpeg) }
        let db = try scan(try export.folder(in: Paths.temporaryFolder(), named: "facebook-jdoe-2024-01-01-Test1234"))

        #expect(try sources(db) == [
            "\(media)/1.jpg": "unreferenced", "\(media)/2.jpg": "unreferenced", "\(media)/3.jpg": "uncategorized",
        ])
        let captions = try db.read { try String.fetchAll($0, sql: "SELECT caption FROM item WHERE caption IS NOT NULL") }
        #expect(captions.isEmpty)
        let warnings = try db.read { try ScanWarningRecord.fetchAll($0) }
        #expect(warnings.map(\.file) == ["your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json"])
        let tally = try db.read { try MediaFileStore.latest(exportId: 1, $0) }
        #expect(tally?.leftOut == [.init(value: "named by a JSON file that could not be read", count: 2)])
    }

    @Test func itemsAcrossManyBatchesAndPagesAreAllStoredWithVerdicts() throws {
        let count = Scanner.batchSize * 4 + Verdicts.pageSize / 3
        var export = ExportBuilder()
        let media = "your_facebook_activity/posts/media/a"
        let named = (0..<count).filter { $0 % 3 != 0 }
        let posts = named.map { post("\(media)/\($0).jpg", caption: "photo \($0)") }
        export.add("your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json", "[\(posts.joined(separator: ","))]")
        for number in 0..<count where number % 7 != 0 { export.add("\(media)/\(number).jpg", Self.jpeg) }
        let folder = try export.folder(in: Paths.temporaryFolder(), named: "facebook-jdoe-2024-01-01-Test1234")
        let db = try scan(folder)

        let stored = try sources(db)
        let expected = (0..<count).filter { $0 % 3 != 0 || $0 % 7 != 0 }
        #expect(stored.count == expected.count)
        for number in expected {
            #expect(stored["\(media)/\(number).jpg"] == (number % 3 == 0 ? "unreferenced" : "post"))
        }
        let missing = try db.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM item WHERE fileStatus = 'missing'") }
        #expect(missing == named.count { $0 % 7 == 0 })
        let withoutVerdict = try db.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM item WHERE aiTraining IS NULL") }
        #expect(withoutVerdict == 0)
        let captions = try db.read { db in
            try Row.fetchAll(db, sql: "SELECT archivePath, caption FROM item WHERE caption IS NOT NULL")
        }
        #expect(captions.allSatisfy { "\(media)/\(($0["caption"] as String).dropFirst(6)).jpg" == $0["archivePath"] })
    }
}

/// Album files are read a photo at a time; what the user sees must not depend on the order of their members.
struct AlbumStreamingTests {
    private func scanAlbum(_ json: String) throws -> (records: [[String: String]], report: String) {
        var export = ExportBuilder()
        export.add("your_facebook_activity/posts/album/0.json", json)
        export.add("your_facebook_activity/posts/your_uncategorized_photos.json", #"{"other_photos_v2": []}"#)
        export.add("your_facebook_activity/posts/media/a/1.jpg", Data([0xFF, 0xD8, 0xFF, 0xD9]))
        let folder = Paths.temporaryFolder()
        let export_ = try export.folder(in: folder, named: "facebook-jdoe-2024-01-01-Test1234")
        let db = folder.appendingPathComponent("e.sqlite").path
        let scan = try CLI.run(["scan", "--quiet", "--db", db, export_.path])
        #expect(scan.status == 0, "\(scan.stderr)")
        let csv = CSVTable(try CLI.run(["export", "--csv", "-", "--db", db]).stdout)
        return (csv.records, try CLI.run(["report", "--db", db]).stdout)
    }

    @Test(arguments: [
        #"{"name": "Profile pictures", "photos": [{"uri": "your_facebook_activity/posts/media/a/1.jpg"}]}"#,
        #"{"photos": [{"uri": "your_facebook_activity/posts/media/a/1.jpg"}], "name": "Profile pictures"}"#,
    ])
    func theNameCountsWhereverItStands(_ json: String) throws {
        let records = try scanAlbum(json).records
        #expect(records.count == 1)
        #expect(records.first?["album"] == "Profile pictures")
        #expect(records.first?["source"] == "profile_picture")
    }

    @Test func anAlbumThatIsAListIsSkippedWithAWarning() throws {
        let (records, report) = try scanAlbum(#"[{"uri": "your_facebook_activity/posts/media/a/1.jpg"}]"#)
        #expect(records.first?["source"] == "unreferenced")
        #expect(report.contains("not in the shape Facebook uses"), "\(report)")
    }
}
