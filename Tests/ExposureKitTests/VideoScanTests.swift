import Foundation
import Testing
@testable import ExposureKit

private typealias V = VideoBuilder

/// Videos in a scanned export: their own location and device reach the CSV, in a folder and in zips,
/// and a zip is read without inflating or buffering a whole video.
@Suite("Video: scanning exports")
struct VideoScanTests {
    static let media = "your_facebook_activity/posts/media/Holiday_1"

    /// A Facebook export with two posted videos: an iPhone clip whose keys carry a location, and a re-encoded one.
    static func export(located: [UInt8] = V.iPhoneClip(), plain: [UInt8] = V.plainClip()) -> ExportBuilder {
        var export = ExportBuilder()
        let posts = ["located.mov", "plain.mp4"].map { name in
            #"{"timestamp": 1700000000, "attachments": [{"data": [{"media": {"uri": "\#(media)/\#(name)", "creation_timestamp": 1700000000}}]}]}"#
        }
        export.add("your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json", "[\(posts.joined(separator: ","))]")
        export.add("\(media)/located.mov", Data(located))
        export.add("\(media)/plain.mp4", Data(plain))
        return export
    }

    /// Scans through the real CLI and returns the CSV rows by file name.
    private func scanCSV(_ path: URL) throws -> [String: [String: String]] {
        let db = path.deletingLastPathComponent().appendingPathComponent("e.sqlite").path
        let scan = try CLI.run(["scan", path.path, "--db", db, "--quiet"])
        #expect(scan.status == 0, "\(scan.stderr)")
        let csv = try CLI.run(["export", "--csv", "-", "--db", db])
        let records = CSVTable(csv.stdout).records
        return Dictionary(uniqueKeysWithValues: records.map { (String($0["archive_path"]!.split(separator: "/").last!), $0) })
    }

    @Test("The CSV shows a video's own location and device, and file_exif yes or no", arguments: ["folder", "deflated", "stored"])
    func csvRows(_ layout: String) throws {
        let folder = Paths.temporaryFolder()
        let name = "facebook-jdoe-2024-01-01-Video123"
        let export = Self.export()
        let path = layout == "folder"
            ? try export.folder(in: folder, named: name)
            : try export.zip(in: folder, named: name + ".zip", stored: layout == "stored")
        let rows = try scanCSV(path)
        let located = try #require(rows["located.mov"])
        #expect(located["media_type"] == "video" && located["file_format"] == "quicktime")
        #expect(located["file_exif"] == "yes")
        #expect(located["latitude"] == "32.0929" && located["longitude"] == "34.862")
        #expect(located["camera_make"] == "Apple" && located["camera_model"] == "iPhone 6")
        #expect(located["exif_altitude"] == "28.516" && located["exif_software"] == "12.3")
        #expect(located["taken_at"] == "2019-07-24T11:25:40")
        #expect(located["file_captured_at"] == "2019-07-24T11:25:40+03:00")
        #expect(located["file_location_source"] == "keys/com.apple.quicktime.location.ISO6709")
        #expect(located["file_container_created_at"] == "2019-07-24T08:25:57Z")
        #expect(located["file_width"] == "1920" && located["file_height"] == "1080")
        let plain = try #require(rows["plain.mp4"])
        #expect(plain["file_exif"] == "no")
        #expect(plain["latitude"] == "" && plain["camera_make"] == "")
        #expect(plain["file_container_created_at"] == "2023-11-14T22:13:20Z" && plain["file_duration_s"] == "5")
    }

    @Test("A rescan reuses the stored readings of unchanged videos and writes the same rows for them")
    func rescanKeepsVideoColumns() throws {
        let folder = Paths.temporaryFolder()
        let root = try Self.export().folder(in: folder, named: "facebook-jdoe-2024-01-01-Video123")
        let first = try scanCSV(root)
        try Data([0xFF, 0xD8, 0xFF, 0xD9]).write(to: root.appendingPathComponent("\(Self.media)/new.jpg"))  // the videos stay untouched
        let second = try scanCSV(root)
        #expect(second.count == first.count + 1)
        for name in ["located.mov", "plain.mp4"] { #expect(first[name] == second[name]) }
        #expect(second["located.mov"]?["file_location_source"] == "keys/com.apple.quicktime.location.ISO6709")
    }

    @Test("Behind 70 MiB of media data: a stored member is seeked over, a deflated one is left unread and says so")
    func largeMediaData() throws {
        let big = V.iPhoneClip(media: 70 * 1024 * 1024)
        let folder = Paths.temporaryFolder()
        for stored in [true, false] {
            let zip = try Self.export(located: big).zip(in: folder, named: "facebook-\(stored ? "stored" : "deflated")-Video123.zip", stored: stored)
            let archive = try ExportArchive(paths: [zip.path])
            let entry = try #require(archive.entries.first { $0.path.hasSuffix("located.mov") })
            let (inspection, bytesRead) = try FileInspector.inspect(entry, with: try archive.makeReader())
            if stored {
                #expect(inspection.status == .yes && inspection.video?.latitude == 32.0929)
                #expect(bytesRead < 64 * 1024, "a stored member's media data must be seeked over, not read")
            } else {
                #expect(inspection.status == .unreadable)
                #expect(inspection.problem?.contains("compressed zip member") == true)
                #expect(bytesRead <= Int(FileInspector.inflateLimit) + 64 * 1024)
            }
        }
    }

    @Test("In a deflated member, reading stops once the movie header before the media data is read")
    func deflatedHeaderFirst() throws {
        let zip = try Self.export(located: V.iPhoneClip(moovFirst: true, media: 4 * 1024 * 1024))
            .zip(in: Paths.temporaryFolder(), named: "facebook-first-Video123.zip")
        let archive = try ExportArchive(paths: [zip.path])
        let entry = try #require(archive.entries.first { $0.path.hasSuffix("located.mov") })
        let (inspection, bytesRead) = try FileInspector.inspect(entry, with: try archive.makeReader())
        #expect(inspection.status == .yes && inspection.problem == nil)
        #expect(bytesRead < 64 * 1024, "the media data after the header must not be inflated")
    }

    @Test("exposure inspect clip.mov, run as a user runs it, reads like a photo's and names the boxes")
    func inspectCommand() throws {
        let clip = Paths.temporaryFolder().appendingPathComponent("clip.mov")
        try Data(V.iPhoneClip()).write(to: clip)
        let text = try CLI.run(["inspect", clip.path])
        #expect(text.status == 0)
        for line in ["Format: QuickTime", "Metadata: yes", "Make: Apple", "Model: iPhone 6", "GPS: 32.092900, 34.862000 (altitude 28.5 m)",
                     "Filmed: 2019-07-24T11:25:40+03:00", "Location from: keys/com.apple.quicktime.location.ISO6709",
                     "→ This video tells where and when it was filmed."] {
            #expect(text.stdout.contains(line), "missing \(line) in \(text.stdout)")
        }
        let json = try CLI.run(["inspect", "--json", clip.path])
        let object = try #require((try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])?.first)
        #expect(object["make"] as? String == "Apple" && object["gps_altitude"] as? Double == 28.516)
        #expect(object["captured_at"] as? String == "2019-07-24T11:25:40+03:00")
        #expect(object["container_created_utc"] as? String == "2019-07-24T08:25:57Z")
        #expect(object["location_source"] as? String == "keys/com.apple.quicktime.location.ISO6709")
        #expect(object["width"] as? Int == 1920 && object["exif_status"] as? String == "yes")
    }
}
