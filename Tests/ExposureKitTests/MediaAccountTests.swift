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
}
