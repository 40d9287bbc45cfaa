import Foundation
import Testing
@testable import ExposureKit

/// Exports arrive wrapped, split and cluttered; the reader must see the same files in every case.
struct ExportArchiveTests {
    @Test func stripsTheRootFolderAndIgnoresMacClutter() throws {
        var export = ExportBuilder()
        export.add("facebook-jdoe-2024-11-18-Ab12Cd34/your_facebook_activity/posts/album/0.json", "{}")
        export.add("facebook-jdoe-2024-11-18-Ab12Cd34/your_facebook_activity/posts/media/a/1.jpg", "x")
        export.add("__MACOSX/facebook-jdoe-2024-11-18-Ab12Cd34/._1.jpg", "x")
        export.add("facebook-jdoe-2024-11-18-Ab12Cd34/your_facebook_activity/posts/media/a/._1.jpg", "x")
        let zip = try export.zip(in: Paths.temporaryFolder(), named: "export.zip")
        let archive = try ExportArchive(paths: [zip.path])
        #expect(archive.name == "facebook-jdoe-2024-11-18-Ab12Cd34")
        #expect(archive.entries.map(\.path) == [
            "your_facebook_activity/posts/album/0.json", "your_facebook_activity/posts/media/a/1.jpg",
        ])
    }

    @Test func keepsALayoutFolderThatIsTheOnlyTopLevelFolder() throws {
        var export = ExportBuilder()
        export.add("posts/your_posts_1.json", "[]")
        export.add("posts/media/a/1.jpg", "x")
        let zip = try export.zip(in: Paths.temporaryFolder(), named: "facebook-jdoe-2021-06-01.zip")
        let archive = try ExportArchive(paths: [zip.path])
        #expect(archive.entry(at: "posts/your_posts_1.json") != nil)
        #expect(archive.name == "facebook-jdoe-2021-06-01")
    }

    @Test func joinsPartsAndNamesTheExportWithoutThePartNumber() throws {
        let folder = Paths.temporaryFolder()
        var json = ExportBuilder()
        json.add("posts/your_posts_1.json", "[]")
        var media = ExportBuilder()
        media.add("posts/media/a/1.jpg", "x")
        let first = try json.zip(in: folder, named: "facebook-jdoe-2023-part1.zip")
        let second = try media.zip(in: folder, named: "facebook-jdoe-2023-part2.zip")
        let archive = try ExportArchive(paths: [first.path, second.path])
        #expect(archive.entries.map(\.part) == [1, 0])
        #expect(archive.name == "facebook-jdoe-2023")
    }

    @Test func resolvesURIsByPathSuffixAndByWebAddress() throws {
        var export = ExportBuilder()
        export.add("your_facebook_activity/posts/media/Album_1/123_456.jpg", "x")
        export.add("photos_and_videos/Trip_abc/987_654_n.jpg", "x")
        let archive = try ExportArchive(paths: [try export.folder(in: Paths.temporaryFolder(), named: "fb").path])
        let moved = archive.resolve(uri: "your_activity_across_facebook/posts/media/Album_1/123_456.jpg")
        #expect(moved?.path == "your_facebook_activity/posts/media/Album_1/123_456.jpg")
        let web = archive.resolve(uri: "https://interncache-ftw.fbcdn.net/v/t31.0-8/987_654_n.jpg?_nc_cat=1&oh=abc")
        #expect(web?.path == "photos_and_videos/Trip_abc/987_654_n.jpg")
        #expect(archive.resolve(uri: "posts/media/Album_1/absent.jpg") == nil)
    }

    @Test func explainsAMissingPathAndADamagedZip() throws {
        #expect(throws: ExportError.notFound("/no/such/export.zip")) {
            try ExportArchive(paths: ["/no/such/export.zip"])
        }
        let damaged = Paths.temporaryFolder().appendingPathComponent("cut.zip")
        try Data("PK\u{3}\u{4} not really a zip".utf8).write(to: damaged)
        #expect {
            try ExportArchive(paths: [damaged.path])
        } throws: { error in
            "\(error)".hasPrefix(damaged.path + ": cannot read this zip")
        }
    }
}
