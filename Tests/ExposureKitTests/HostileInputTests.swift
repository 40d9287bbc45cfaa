import Foundation
import Testing

@testable import ExposureKit

/// Exports built to cost a scan as much as possible (Benchmarks/make_hostile.py): each is scanned
/// through the real binary, goes on past the hostile file and names it in one warning.
/// Their time and memory are measured in docs/hostile-input.md, not here.
@Suite(.serialized) struct HostileExportTests {
    /// Both zips list their posts file's true size, past the 256 MiB limit, so neither is inflated: the 1.5 GB
    /// string (the per-value limit that would stop it otherwise is tested below, in `JSONLimitTests`) and 257 MiB
    /// of a long list.
    @Test(arguments: ["huge-string", "long-file"])
    func aPostsFileLargerThanTheFileLimitIsSkippedWithAWarningNamingIt(kind: String) throws {
        let scan = try HostileScan(kind)
        #expect(scan.outcome.status == 0)
        #expect(scan.outcome.stdout.contains("Recorded 1 photos and videos"))
        #expect(scan.warnings == [
            "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json: skipped: it is larger than "
                + "the 256 MiB Exposure reads of one JSON file; Meta splits longer histories over numbered files",
        ])
    }

    @Test func twoHundredThousandEmptyMembersAreLeftOutInOneWarningNamingTheZip() throws {
        let scan = try HostileScan("empty-members")
        #expect(scan.outcome.status == 0)
        #expect(scan.outcome.stdout.contains("Recorded 1 photos and videos"))
        #expect(scan.warnings == [
            "\(scan.zip.path): 200000 empty files that no JSON mentions left out, such as "
                + "your_facebook_activity/posts/media/a/10.jpg; Meta's exports hold no empty photos or videos",
        ])
    }

    @Test func mediaHeadersClaimingGigabytesAreUnreadableItemsNotReads() throws {
        let scan = try HostileScan("huge-exif")
        #expect(scan.outcome.status == 0)
        let media = "your_facebook_activity/posts/media/a/"
        #expect(scan.warnings.sorted() == [
            "\(media)huge.heic: The EXIF block claims 4294967295 bytes, more than the 4 MiB Exposure accepts.",
            "\(media)huge.png: The PNG structure is damaged: a chunk length is out of range.",
            "\(media)huge.webp: The WebP structure is damaged: a chunk runs past the end of the file's container.",
            "\(media)idat.png: Not read: its metadata lies behind 2047 MiB of image data in a compressed zip member, "
                + "which Exposure does not inflate; extract the zip and scan the folder to read it.",
        ])
    }
}

/// One hostile export written and scanned into a fresh database, with the report's warning lines.
private struct HostileScan {
    let zip: URL
    let outcome: CLI.Outcome
    let warnings: [String]

    init(_ kind: String) throws {
        let folder = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        zip = folder.appendingPathComponent("\(kind).zip")
        let generator = Paths.repository.appendingPathComponent("Benchmarks/make_hostile.py").path
        try ZipMaker.run("/usr/bin/env", ["python3", generator, kind, zip.path])
        let db = folder.appendingPathComponent("e.sqlite").path
        outcome = try CLI.run(["scan", "--quiet", zip.path, "--db", db])
        let report = try CLI.run(["report", "--db", db]).stdout
        warnings = report.split(separator: "\n").filter { $0.hasPrefix("    - ") }.map { String($0.dropFirst(6)) }
    }
}

/// The limits themselves, on the splitter that every streamed JSON file goes through.
struct JSONLimitTests {
    @Test func aValueLargerThanTheLimitStopsTheFileEvenWhenFedInSmallChunks() throws {
        var splitter = JSONElementSplitter()
        var elements = 0
        let start = Data("[1, \"".utf8)
        let chunk = Data(repeating: UInt8(ascii: "x"), count: 64 * 1024)
        #expect {
            try splitter.feed(start) { _ in elements += 1 }
            for _ in 0...(JSONLimits.valueBytes / chunk.count) { try splitter.feed(chunk) { _ in elements += 1 } }
        } throws: { error in
            "\(error)".contains("one of its values, at byte 4, is larger than the 8 MiB")
        }
        #expect(elements == 1, "the element before the huge one was handed on")
    }

    @Test func aValueJustUnderTheLimitIsRead() throws {
        var splitter = JSONElementSplitter()
        var strings: [Int] = []
        let text = String(repeating: "x", count: JSONLimits.valueBytes - 2)
        try splitter.feed(Data("[\"\(text)\"]".utf8)) { strings.append($0.rawString?.count ?? 0) }
        #expect(try splitter.finish { _ in } == nil)
        #expect(strings == [JSONLimits.valueBytes - 2])
    }

    @Test func aFileReadWholeIsBoundToo() throws {
        var splitter = JSONElementSplitter(topLevelArray: false)
        let spaces = Data(repeating: UInt8(ascii: " "), count: JSONLimits.valueBytes)
        #expect(throws: JSONTooLarge.self) {
            try splitter.feed(Data("{\"a\": ".utf8)) { _ in }
            try splitter.feed(spaces) { _ in }
        }
    }

    @Test func theHandOffHoldsOneHeavyValueButNotTwo() throws {
        let handOff = HandOff<Int>(capacity: 64, budget: 10)
        try handOff.send(1, weight: 8)
        let second = DispatchGroup()
        let sent = SentFlag()
        DispatchQueue.global().async(group: second) {
            try? handOff.send(2, weight: 8)
            sent.set()
        }
        Thread.sleep(forTimeInterval: 0.3)
        #expect(!sent.isSet, "the second value waits while the first fills the budget")
        #expect(handOff.receive() == 1)
        second.wait()
        #expect(handOff.receive() == 2)
    }
}

private final class SentFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}

/// A zip member read whole stops at the size the directory lists, so a small listed size cannot hide a deflate bomb.
struct ListedSizeTests {
    @Test func aMemberThatInflatesPastItsListedSizeIsUnreadableNotReadWhole() throws {
        let zip = try ZipMaker.python("""
            with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
                z.writestr('media/a.jpg', bytes(4 << 20))
            data = bytearray(open(path, 'rb').read())
            central = data.index(b'PK\\x01\\x02')
            data[central + 24:central + 28] = struct.pack('<I', 10)
            open(path, 'wb').write(data)
            """)
        let archive = try ExportArchive(paths: [zip.path])
        let entry = try #require(archive.entry(at: "media/a.jpg"))
        #expect(entry.size == 10)
        #expect(throws: ExportError.unreadableMember(zip.path, "media/a.jpg", ZipDamage.brokenData.why)) {
            try archive.data(of: entry)
        }
    }
}
