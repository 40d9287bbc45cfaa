import Foundation
import Testing
@testable import ExposureKit

/// The account of every media file: each fixture explains all of its media, and a file that only a
/// JSON file no reader knows names is reported, by name, as unexplained.
struct MediaAccountTests {
    private func mediaFiles(of fixture: FixtureScanTests.Fixture) throws -> (scan: CLI.Outcome, tally: [String: Any]) {
        let db = Paths.temporaryFolder().appendingPathComponent("e.sqlite").path
        let scan = try CLI.run(["scan", "--db", db] + fixture.parts)
        #expect(scan.status == 0, "\(scan.stderr)")
        let report = try CLI.run(["report", "--format", "json", "--db", db])
        let json = try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any]
        let export = (json?["exports"] as? [[String: Any]])?.first
        return (scan, export?["media_files"] as? [String: Any] ?? [:])
    }

    @Test(arguments: FixtureScanTests.fixtures.filter { $0.folder.lastPathComponent != "2025-unknown-json" })
    func everyFixtureExplainsAllItsMedia(_ fixture: FixtureScanTests.Fixture) throws {
        let (scan, tally) = try mediaFiles(of: fixture)
        #expect((tally["explained"] as? Int ?? 0) > 0)
        #expect((tally["unexplained"] as? [Any])?.isEmpty == true)
        #expect(scan.stdout.contains(", 0 unexplained."))
    }

    @Test func aFileNamedOnlyByAnUnknownJSONFileIsTheOneUnexplained() throws {
        let fixture = try #require(FixtureScanTests.fixtures.first { $0.folder.lastPathComponent == "2025-unknown-json" })
        let (scan, tally) = try mediaFiles(of: fixture)
        let unexplained = tally["unexplained"] as? [[String: String]] ?? []
        #expect(unexplained.count == 1)
        #expect(unexplained.first?["file"]?.contains("/Newthings_") == true)
        #expect(unexplained.first?["named_by"] == "your_facebook_activity/new_things/your_new_things.json")
        let leftOut = (tally["left_out"] as? [[String: Any]] ?? []).compactMap { $0["value"] as? String }
        #expect(Set(leftOut) == ["stickers", "subtitles"])
        #expect(tally["explained"] as? Int == 1)
        #expect(scan.stdout.contains("Media files: 1 explained, 2 left out (stickers 1, subtitles 1), 1 unexplained."))
        let listed = fixture.expected.rows.filter { $0[3] == "unreferenced" }
        #expect(listed.count == 1, "the file is still listed, as unreferenced")
    }

    @Test func theScannerFindsURIsAtAnyDepthAcrossChunksAndResolvesEscapes() {
        let json = #"{"a":[{"uri":"media\/x.jpg","title":"uri"},{"b":{"thumbnail":{"uri" : "m/t.jpg"}}}],"#
            + #""backup_uri":"https://e.x/y","uri_list":"n.jpg","menu":"uri","uri":""}"#
        var scanner = MediaReferenceScanner()
        var found: [String] = []
        for byte in Array(json.utf8) {
            [byte].withUnsafeBytes { scanner.feed($0) { found.append($0) } }
        }
        #expect(found == ["media/x.jpg", "m/t.jpg", "https://e.x/y"])
    }

    /// The walk takes the references of files the importers read from their own reading (not inflating
    /// them again): a file named only at a place the posts reader does not look is still unexplained,
    /// also when named by a web address whose query holds a slash.
    @Test func aFileNamedWhereAReaderDoesNotLookInItsOwnFileIsUnexplained() throws {
        let root = Paths.temporaryFolder().appendingPathComponent("facebook-jdoe-2025-09-09")
        let media = "your_facebook_activity/posts/media/Mobileuploads_1"
        try FileManager.default.createDirectory(at: root.appendingPathComponent(media), withIntermediateDirectories: true)
        for name in ["own.jpg", "stray.jpg", "web.jpg"] {
            try Data([0xFF, 0xD8, 0xFF, 0xD9]).write(to: root.appendingPathComponent("\(media)/\(name)"))
        }
        let posts = #"[{"timestamp": 1735689600, "attachments": [{"data": [{"media": {"uri": "\#(media)/own.jpg"}}, "#
            + #"{"new_kind": {"picture": {"uri": "\#(media)/stray.jpg", "backup_uri": "https://cdn.example/v/web.jpg?stp=a/b"}}}]}]}]"#
        let file = "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json"
        try Data(posts.utf8).write(to: root.appendingPathComponent(file))
        let db = Paths.temporaryFolder().appendingPathComponent("e.sqlite").path
        let scan = try CLI.run(["scan", "--db", db, root.path])
        #expect(scan.status == 0, "\(scan.stderr)")
        #expect(scan.stdout.contains("Media files: 1 explained, 0 left out, 2 unexplained."))
        let report = try CLI.run(["report", "--db", db]).stdout
        #expect(report.contains("\(media)/stray.jpg: a media file named only by \(file)"))
        #expect(report.contains("\(media)/web.jpg: a media file named only by \(file)"))
    }

    /// A download that mixes Instagram's files into a Facebook export says they were not read, and
    /// their media stay unexplained rather than silently dropped.
    @Test func instagramFilesInAFacebookDownloadAreNamedAsNotRead() throws {
        let root = Paths.temporaryFolder().appendingPathComponent("facebook-jdoe-2025-10-10")
        let files = [
            "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json":
                #"[{"timestamp": 1735689600, "attachments": [{"data": [{"media": {"uri": "your_facebook_activity/posts/media/M/fb.jpg"}}]}]}]"#,
            "your_instagram_activity/content/posts_1.json": #"[{"media": [{"uri": "media/posts/202501/ig.jpg", "creation_timestamp": 1735689600}]}]"#,
        ]
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        for media in ["your_facebook_activity/posts/media/M/fb.jpg", "media/posts/202501/ig.jpg"] {
            let url = root.appendingPathComponent(media)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data([0xFF, 0xD8, 0xFF, 0xD9]).write(to: url)
        }
        let db = Paths.temporaryFolder().appendingPathComponent("e.sqlite").path
        let scan = try CLI.run(["scan", "--db", db, root.path])
        #expect(scan.stdout.contains("Media files: 1 explained, 0 left out, 1 unexplained."))
        let report = try CLI.run(["report", "--db", db]).stdout
        #expect(report.contains("your_instagram_activity/: not read: 1 Instagram file in this Facebook download"))
        #expect(report.contains("media/posts/202501/ig.jpg: a media file named only by your_instagram_activity/content/posts_1.json"))
    }
}
