import Foundation
import GRDB
import Testing
@testable import ExposureKit

/// An item's place decides which question asks about it and which items an answer changes: the
/// Swift that groups questions and the SQL that applies answers must give every item the same place.
struct ReviewPlaceTests {
    @Test func swiftAndSQLGiveEveryFixtureItemTheSamePlace() throws {
        let folder = Paths.temporaryFolder()
        let db = folder.appendingPathComponent("places.sqlite").path
        let exports = [
            "facebook/2019-folder/facebook-jdoe-2019-08-14", "facebook/2024-root-folder/facebook-jdoe-2024-11-18-Ab12Cd34.zip",
            "instagram/2022-folder/instagram-jdoe-20220926", "instagram/2025-private-zip/instagram-jdoe-2025-03-17-0Y8WC7hw.zip",
        ].map(Paths.fixture) + [try ReportSamples.hostileExport(in: folder).path]
        for export in exports { #expect(try CLI.run(["scan", "--quiet", export, "--db", db]).status == 0, "\(export)") }

        let (bySQL, bySwift) = try ExposureDatabase(path: db, create: false).read { db in
            let sources = try SourceSets(db)
            var bySQL: [Int64: String] = [:], bySwift: [Int64: String] = [:]
            let sql = "SELECT item.id, export.platform, item.album, \(ReviewPlace.sql) FROM item JOIN export ON export.id = item.exportId"
            for row in try Row.fetchAll(db, sql: sql) {
                let id: Int64 = row[0]
                bySQL[id] = row[3]
                bySwift[id] = ReviewPlace.of(sources.set(of: id), isFacebook: (row[1] as String) == "facebook", album: row[2]).rawValue
            }
            return (bySQL, bySwift)
        }
        #expect(bySQL.count > 50)
        #expect(bySQL.keys.filter { bySwift[$0] != bySQL[$0] }.isEmpty)
        #expect(Set(bySQL.values).isSuperset(of: ["albums", "posts", "profile", "groups", "other-pages", "stories", "videos", "uncategorized", "unreferenced", "archive"]))
    }

    @Test func swiftAndSQLAgreeOnEveryMixOfKindsPlatformsAndAlbums() throws {
        let path = Paths.temporaryFolder().appendingPathComponent("mix.sqlite").path
        let kinds: [SourceKind] = [
            .post, .album, .video, .story, .reel, .group, .otherPage, .archived, .unreferenced, .profilePicture, .comment, .pagePost, .threads,
        ]
        let albums: [String?] = [nil, "Mobile Uploads", "Trip to Rome"]
        let database = try ExposureDatabase(path: path, create: true)
        let (bySQL, bySwift) = try database.write { db in
            for (id, platform) in [(1, "facebook"), (2, "instagram")] {
                try db.execute(sql: "INSERT INTO export (id, platform, name) VALUES (?, ?, ?)", arguments: [id, platform, platform])
            }
            var number = 0
            for exportId in [1, 2] as [Int64] {
                for album in albums {
                    for mask in 0..<(1 << kinds.count) {
                        number += 1
                        var item = ReportSamples.item("item\(number).jpg")
                        (item.exportId, item.album) = (exportId, album)
                        try item.insert(db)
                        for (bit, kind) in kinds.enumerated() where mask & (1 << bit) != 0 {
                            try ItemSourceRecord(itemId: item.id!, kind: kind.rawValue, jsonFile: "x.json", uri: item.archivePath).insert(db)
                        }
                    }
                }
            }
            let sources = try SourceSets(db)
            var bySQL: [Int64: String] = [:], bySwift: [Int64: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT item.id, item.exportId, item.album, \(ReviewPlace.sql) FROM item") {
                let id: Int64 = row[0]
                bySQL[id] = row[3]
                bySwift[id] = ReviewPlace.of(sources.set(of: id), isFacebook: (row[1] as Int64) == 1, album: row[2]).rawValue
            }
            return (bySQL, bySwift)
        }
        #expect(bySQL.count == 2 * albums.count << kinds.count)
        let disagreeing = bySQL.keys.filter { bySwift[$0] != bySQL[$0] }.sorted()
        #expect(disagreeing.isEmpty, "\(disagreeing.count) items, the first: \(disagreeing.prefix(5).map { (bySQL[$0]!, bySwift[$0] ?? "") })")
        #expect(Set(bySQL.values) == Set(ReviewPlace.allCases.map(\.rawValue)))
    }
}
