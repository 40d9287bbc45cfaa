import Foundation
import Testing
import ZIPFoundation
@testable import ExposureKit

/// Exports arrive wrapped, split and cluttered; the reader must see the same files in every case.
struct ExportArchiveTests {
    @Test func stripsTheRootFolderAndIgnoresMacClutter() throws {
        var export = ExportBuilder()
        export.add("facebook-jdoe-2024-11-18-Ab12Cd34/your_facebook_activity/posts/album/0.json", "{}")
        export.add("facebook-jdoe-2024-11-18-Ab12Cd34/your_facebook_activity/posts/media/a/1.jpg", "x")
        export.add("__MACOSX/facebook-jdoe-2024-11-18-Ab12Cd34/._1.jpg", "x")
        export.add("facebook-jdoe-2024-11-18-Ab12Cd34/your_facebook_activity/posts/media/a/._1.jpg", "x")
        export.add("facebook-jdoe-2024-11-18-Ab12Cd34/.DS_Store", "x")
        export.add("facebook-jdoe-2024-11-18-Ab12Cd34/your_facebook_activity/posts/Thumbs.db", "x")
        export.add("__MACOSX", "x")
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

    @Test func resolvesAmongSameNamedFilesByLongestSharedTailThenPathOrder() throws {
        var export = ExportBuilder()
        for path in ["b/x/p.jpg", "a/x/p.jpg", "c/y/p.jpg", "c/y/q.jpg"] { export.add(path, "x") }
        let archive = try ExportArchive(paths: [try export.zip(in: Paths.temporaryFolder(), named: "e.zip").path])
        #expect(archive.resolve(uri: "z/x/p.jpg")?.path == "a/x/p.jpg")
        #expect(archive.resolve(uri: "q/y/p.jpg")?.path == "c/y/p.jpg")
        #expect(archive.resolve(uri: "./b/x/p.jpg")?.path == "b/x/p.jpg")
        #expect(archive.resolve(uri: "https://cdn.example/v/p.jpg?x=1")?.path == "a/x/p.jpg")
        #expect(archive.resolve(uri: "c/y/r.jpg") == nil)
        #expect(archive.entry(at: "c/y/q.jpg")?.path == "c/y/q.jpg")
        #expect(archive.entry(at: "c/y") == nil)
    }

    @Test func aPathInTwoPartsIsReadFromTheFirst() throws {
        let folder = Paths.temporaryFolder()
        var first = ExportBuilder()
        first.add("posts/a.json", "first")
        first.add("posts/b.json", "b")
        var second = ExportBuilder()
        second.add("posts/a.json", "second")
        second.add("posts/c.json", "c")
        let zips = [try first.zip(in: folder, named: "e-part1.zip").path, try second.zip(in: folder, named: "e-part2.zip").path]
        let archive = try ExportArchive(paths: zips + [zips[1]])
        #expect(archive.entries.map(\.path) == ["posts/a.json", "posts/b.json", "posts/c.json"])
        #expect(archive.duplicatePaths == ["posts/a.json", "posts/a.json", "posts/c.json"])
        let a = try #require(archive.entry(at: "posts/a.json"))
        #expect(a.part == 0)
        #expect(try archive.data(of: a) == Data("first".utf8))
        #expect(try archive.data(of: try #require(archive.entry(at: "posts/c.json"))) == Data("c".utf8))
    }

    /// Databases compare these texts with the ones earlier scans stored, so their wording is pinned.
    @Test func stampsKeepTheirWording() throws {
        var export = ExportBuilder()
        export.add("posts/a.json", "[1]")
        let folder = Paths.temporaryFolder()
        let zip = try export.zip(in: folder, named: "e.zip")
        let zipEntry = try #require(try ExportArchive(paths: [zip.path]).entries.first)
        let member = try #require(try Archive(data: Data(contentsOf: zip), accessMode: .read)["posts/a.json"])
        #expect(zipEntry.stamp == "crc32:\(String(member.checksum, radix: 16)):3")
        let root = try export.folder(in: folder, named: "f")
        let folderEntry = try #require(try ExportArchive(paths: [root.path]).entries.first)
        let attributes = try FileManager.default.attributesOfItem(atPath: root.appendingPathComponent("posts/a.json").path)
        let modified = try #require(attributes[.modificationDate] as? Date).timeIntervalSince1970
        #expect(folderEntry.stamp == "mtime:\(modified):3")
    }

    @Test func aFilesLocationIncludesTheFoldersTheReaderStripped() throws {
        var export = ExportBuilder()
        export.add("facebook-jdoe-2024-11-18-Ab12Cd34/your_facebook_activity/posts/media/1.jpg", "x")
        let folder = try export.folder(in: Paths.temporaryFolder(), named: "extracted")
        let archive = try ExportArchive(paths: [folder.path])
        let entry = try #require(archive.entries.first)
        #expect(entry.path == "your_facebook_activity/posts/media/1.jpg")
        #expect(try archive.makeReader().location(of: entry) == "facebook-jdoe-2024-11-18-Ab12Cd34/" + entry.path)
        #expect(archive.fileURL(of: entry)?.lastPathComponent == "1.jpg")
        #expect(try archive.data(of: entry) == Data("x".utf8))
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
