import Foundation
import Testing
@testable import ExposureKit

/// `exposure inspect --json` on the real videos of ../shared/reference/video-samples, field by field against
/// `exiftool -n -j -G1 -a`: location within 1e-5°, make and model, capture time to the second.
@Suite("Video: real samples against exiftool")
struct VideoSamplesTests {
    static let samples = Paths.sharedReference.appendingPathComponent("video-samples")
    static let present = MetadataExiftool.executable != nil && FileManager.default.fileExists(atPath: samples.path)

    /// (file, field) pairs where we knowingly differ from exiftool, with the reason.
    static let knownDifferences: [String: String] = [
        "metadata-extractor-images/mp4/ftyp3gp5.mp4 location":
            "The phone wrote +00.0000+000.0000/ for want of a fix: exiftool prints 0 0, Exposure reports a (0, 0) placeholder and no location.",
        "exiftool/t/images/QuickTime.mov make":
            "exiftool reads Make from Pentax's own TAGS box; Exposure shows the same text, PENTAX DIGITAL CAMERA, as the device name from ©inf.",
    ]

    static func files() -> [URL] {
        let all = (FileManager.default.enumerator(at: samples, includingPropertiesForKeys: nil)?.allObjects as? [URL]) ?? []
        return all.filter { ["mp4", "mov", "3gp", "3g2"].contains($0.pathExtension.lowercased()) }
            .map(\.standardizedFileURL).sorted { $0.path < $1.path }
    }

    @Test("inspect --json agrees with exiftool on location, make, model and capture time", .enabled(
        if: present, "needs exiftool on PATH and ../shared/reference/video-samples"))
    func agreeWithExiftool() throws {
        let files = Self.files()
        #expect(files.count == 16)
        let outcome = try CLI.run(["inspect", "--json"] + files.map(\.path))
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let ours = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [[String: Any]])
        let reference = try #require(try JSONSerialization.jsonObject(
            with: MetadataExiftool.run(MetadataExiftool.executable, ["-n", "-j", "-G1", "-a"] + files.map(\.path))) as? [[String: Any]])
        let theirs = Dictionary(reference.map { (URL(fileURLWithPath: $0["SourceFile"] as? String ?? "").standardizedFileURL.path, $0) }) { a, _ in a }
        var compared = 0, excused = 0, failures: [String] = []
        for object in ours {
            let path = try #require(object["path"] as? String)
            let name = String(path.dropFirst(Self.samples.path.count + 1))
            #expect(object["exif_status"] as? String != "unsupported" && object["exif_status"] as? String != "unreadable", "\(name)")
            for (field, agrees) in Self.compare(object, theirs[path] ?? [:]) {
                compared += 1
                guard !agrees else { continue }
                if Self.knownDifferences["\(name) \(field)"] != nil { excused += 1 } else { failures.append("\(name) \(field)") }
            }
        }
        print("video inspect vs exiftool: \(ours.count) files, \(compared) fields compared, \(excused) listed differences")
        #expect(failures.isEmpty, "\(failures)")
        #expect(excused == Self.knownDifferences.count, "a listed difference no longer differs")
    }

    @Test("Karma's GPS is only in its timed gpmd track: no location, but the track is named", .enabled(if: present))
    func karmaTimedTrack() throws {
        let karma = Self.samples.appendingPathComponent("gpmf-parser/samples/karma.mp4")
        let inspection = try MediaInspector.inspect(fileAt: karma)
        #expect(inspection.video?.hasLocation == false)
        #expect(inspection.video?.timedMetadata == ["gpmd"])
        #expect(inspection.video?.serialNumber == "LAE6101112400243")
    }

    /// Each field either side has, and whether both agree.
    static func compare(_ ours: [String: Any], _ theirs: [String: Any]) -> [(String, Bool)] {
        var result: [(String, Bool)] = []
        let ourLocation = (ours["gps_latitude"] as? Double).flatMap { lat in (ours["gps_longitude"] as? Double).map { (lat, $0) } }
        let theirLocation = (theirs["Composite:GPSLatitude"] as? Double).flatMap { lat in (theirs["Composite:GPSLongitude"] as? Double).map { (lat, $0) } }
        if ourLocation != nil || theirLocation != nil {
            let agree = ourLocation.flatMap { a in theirLocation.map { b in abs(a.0 - b.0) <= 1e-5 && abs(a.1 - b.1) <= 1e-5 } } ?? false
            result.append(("location", agree))
        }
        for (field, key) in [("make", "Make"), ("model", "Model")] {
            let mine = ours[field] as? String
            let reference = theirs.first { $0.key.hasSuffix(":" + key) && !$0.key.hasPrefix("File:") }.map { "\($0.value)" }
            if mine != nil || reference != nil { result.append((field, mine == reference)) }
        }
        let captureKeys = ["Keys:CreationDate", "UserData:DateTimeOriginal", "ItemList:ContentCreateDate", "XMP-xmp:CreateDate"]
        let reference = captureKeys.lazy.compactMap { theirs[$0].map { "\($0)" } }.first
        let mine = ours["captured_at"] as? String
        if mine != nil || reference != nil { result.append(("capture time", mine.map(secondOf) == reference.map(secondOf))) }
        return result
    }

    /// A time reduced to its digits up to the second and its zone, so `2019:07:24 11:25:40+03:00` equals
    /// `2019-07-24T11:25:40+03:00`.
    static func secondOf(_ text: String) -> String {
        let zoneStart = text.dropFirst(10).firstIndex { $0 == "Z" || $0 == "+" || $0 == "-" } ?? text.endIndex
        return String(text[..<zoneStart].filter(\.isNumber).prefix(14)) + text[zoneStart...]
    }
}
