import Foundation
import Testing
import ExposureKit

/// A posts file larger than one read chunk, streamed out of a zip by a real scan, gives every post, and a
/// damaged one gives the warning that parsing it whole would give.
struct JSONStreamImportTests {
    static let postCount = 3_000
    static let postsPath = "your_facebook_activity/posts/your_posts_1.json"

    @Test(arguments: [false, true])
    func aLargePostsFileIsReadWhole(wrapped: Bool) throws {
        let json = try Self.posts(wrapped: wrapped)
        #expect(json.count > 4 * 256 * 1024)
        let (scan, db) = try Self.scan(json)
        #expect(scan.status == 0, "\(scan.stderr)")
        let csv = CSVTable(try CLI.run(["export", "--csv", "-", "--db", db]).stdout)
        #expect(csv.records.filter { $0["source"] == "post" }.count == Self.postCount)
        #expect(csv.records.contains { $0["caption"] == Self.caption(Self.postCount - 1) })
    }

    @Test(arguments: [false, true])
    func aCutPostsFileWarnsWithTheWholeFileOffset(wrapped: Bool) throws {
        let json = try Self.posts(wrapped: wrapped)
        let cut = json.prefix(json.count * 2 / 3)
        var reason = ""
        #expect(throws: JSONProblem.self) {
            do { _ = try JSONValue.parse(cut) } catch { reason = "\(error)"; throw error }
        }
        let (scan, db) = try Self.scan(cut)
        #expect(scan.status == 0, "\(scan.stderr)")
        let report = try CLI.run(["report", "--db", db]).stdout
        #expect(report.contains("skipped: \(reason)"), "\(report)")
    }

    /// Scans a zip holding `json` as the posts file and an album of one photo, so the export stays readable.
    static func scan(_ json: Data) throws -> (CLI.Outcome, String) {
        var export = ExportBuilder()
        export.add(postsPath, json)
        export.add("your_facebook_activity/posts/album/0.json", #"{"name": "Trip", "photos": [{"uri": "\#(uri(-1))"}]}"#)
        let folder = Paths.temporaryFolder()
        let zip = try export.zip(in: folder, named: "facebook-stream-2024-11-18-Ab12Cd34.zip")
        let db = folder.appendingPathComponent("e.sqlite").path
        return (try CLI.run(["scan", "--quiet", "--db", db, zip.path]), db)
    }

    /// A pretty-printed posts file, as a top-level list or wrapped under `posts_v2`.
    static func posts(wrapped: Bool) throws -> Data {
        let posts: [[String: Any]] = (0..<postCount).map { number in
            [
                "timestamp": 1_700_000_000 + number,
                "attachments": [["data": [["media": ["uri": uri(number), "creation_timestamp": 1_700_000_000]]]]],
                "data": [["post": caption(number)]],
                "title": "Jane Doe added a new photo.",
            ]
        }
        let top: Any = wrapped ? ["posts_v2": posts] : posts
        return try JSONSerialization.data(withJSONObject: top, options: [.prettyPrinted, .sortedKeys])
    }

    static func caption(_ number: Int) -> String {
        "Post \(number) with \"quotes\", ] and }"
    }

    static func uri(_ number: Int) -> String {
        "your_facebook_activity/posts/media/Timelinephotos_1/\(number)_photo.jpg"
    }
}
