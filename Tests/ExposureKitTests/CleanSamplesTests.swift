import Foundation
import Testing
@testable import ExposureKit

/// `exposure clean` on every photo of ../shared/reference/exif-samples and every video of video-samples: exiftool finds
/// no GPS, serial, make, model or capture time in the copies, and they decode to the same pixels (djpeg, heif-convert)
/// or, for videos, keep their size and their media data byte for byte (plus ffmpeg's frame hashes when installed).
@Suite("Clean: real samples")
struct CleanSamplesTests {
    static let reference = Paths.sharedReference
    static let present = MetadataExiftool.executable != nil
        && FileManager.default.fileExists(atPath: reference.appendingPathComponent("exif-samples").path)
    static let extensions: Set<String> = ["jpg", "jpeg", "heic", "heif", "png", "webp", "mp4", "mov", "3gp", "3g2"]

    /// Files the cleaner must leave out, with the reason it gives.
    static let leftOut: [String: String] = [
        "exif-samples/jpg/corrupted.jpg": "damaged",
        "video-samples/gpmf-parser/samples/karma.mp4": "gpmd",
        "video-samples/gpmf-parser/samples/max-heromode.mp4": "gpmd",
    ]

    static func samples() -> [URL] {
        ["exif-samples", "video-samples"].flatMap { folder -> [URL] in
            let root = reference.appendingPathComponent(folder)
            let all = (FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?.allObjects as? [URL]) ?? []
            return all.filter { extensions.contains($0.pathExtension.lowercased()) }
        }.map(\.standardizedFileURL).sorted { $0.path < $1.path }
    }

    static func name(_ file: URL) -> String { String(file.path.dropFirst(reference.standardizedFileURL.path.count + 1)) }

    @Test("copies carry no GPS, serial, make, model or capture time by exiftool, and decode to the same pixels",
          .enabled(if: present, "needs exiftool and ../shared/reference"))
    func everySample() throws {
        let files = Self.samples()
        #expect(files.count > 100)
        var failures: [String] = []
        var copies: [(original: URL, copy: URL)] = []
        for (index, file) in files.enumerated() {
            let out = Paths.temporaryFolder().appendingPathComponent("\(index)")
            try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
            let outcome = Cleaner.clean(file.path, to: .folder(out))
            if let expected = Self.leftOut[Self.name(file)] {
                if outcome.leftOut?.lowercased().contains(expected) != true { failures.append("\(Self.name(file)): not left out as \(expected)") }
                if try !FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty { failures.append("\(Self.name(file)): wrote output") }
                continue
            }
            guard let output = outcome.output.map(URL.init(fileURLWithPath:)) else {
                failures.append("\(Self.name(file)): left out: \(outcome.leftOut ?? "")")
                continue
            }
            copies.append((file, output.standardizedFileURL))
            if let problem = try Self.samePicture(file, output) { failures.append("\(Self.name(file)): \(problem)") }
        }
        let leftovers = try CleanTesting.exiftoolLeftovers(copies.map(\.copy))
        for (file, copy) in copies {
            guard let left = leftovers[copy.path] else { failures.append("\(Self.name(file)): exiftool did not read the copy"); continue }
            if !left.isEmpty { failures.append("\(Self.name(file)): \(left.joined(separator: ", "))") }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    /// Nil when the copy shows the same picture, else what differs; a format whose tool is missing is not compared.
    static func samePicture(_ original: URL, _ copy: URL) throws -> String? {
        switch MediaFormat.sniff(try FileHandle(forReadingFrom: original).read(upToCount: 32) ?? Data()) {
        case .jpeg:
            guard let djpeg = MetadataExiftool.tool("djpeg") else { return nil }
            let a = try MetadataExiftool.run(djpeg, ["-ppm", original.path]), b = try MetadataExiftool.run(djpeg, ["-ppm", copy.path])
            return !a.isEmpty && a == b ? nil : "djpeg pixels differ"
        case .heif:
            guard let convert = MetadataExiftool.tool("heif-convert") else { return nil }
            let pixels = try [original, copy].map { file -> [UInt8] in
                let png = Paths.temporaryFolder().appendingPathComponent("decoded.png")
                try MetadataExiftool.run(convert, [file.path, png.path])
                return CleanTesting.pngPixels(Array((try? Data(contentsOf: png)) ?? Data()))
            }
            return !pixels[0].isEmpty && pixels[0] == pixels[1] ? nil : "heif-convert pixels differ"
        case .mp4, .quicktime:
            return try sameMedia(original, copy)
        default:
            return nil
        }
    }

    /// Same size, the same bytes outside `moov` and XMP `uuid` boxes, and the same frame hashes where ffmpeg exists.
    static func sameMedia(_ original: URL, _ copy: URL) throws -> String? {
        let a = Array(try Data(contentsOf: original)), b = Array(try Data(contentsOf: copy))
        guard a.count == b.count else { return "size changed" }
        let metadata = CleanTesting.topBoxes(a).filter { $0.type == "moov" || $0.type == "uuid" }.map(\.range)
        if CleanTesting.differences(a, b).contains(where: { index in !metadata.contains { $0.contains(index) } }) {
            return "bytes outside the movie header changed"
        }
        guard let ffmpeg = MetadataExiftool.tool("ffmpeg") else { return nil }
        let hashes = try [original, copy].map { try MetadataExiftool.run(ffmpeg, ["-v", "quiet", "-i", $0.path, "-map", "0:v?", "-f", "framemd5", "-"]) }
        return hashes[0] == hashes[1] ? nil : "ffmpeg frame hashes differ"
    }
}
