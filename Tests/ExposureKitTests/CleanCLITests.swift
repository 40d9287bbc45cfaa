import Foundation
import Testing
@testable import ExposureKit

private typealias C = MetadataContainers

/// `exposure clean` through the real binary: copies, the check, refusals and what `inspect` says afterwards.
@Suite("Clean: command line")
struct CleanCLITests {
    static func photo(in folder: URL, _ name: String = "beach.jpg") throws -> URL {
        let file = folder.appendingPathComponent(name)
        try Data(C.jpeg([C.app1(MetadataTIFF.camera.build())])).write(to: file)
        return file
    }

    @Test("clean --out writes a copy that inspect reads with no location and no device, and leaves the original alone")
    func cleanCopy() throws {
        let folder = Paths.temporaryFolder(), out = folder.appendingPathComponent("clean")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let file = try Self.photo(in: folder)
        let before = try Data(contentsOf: file)
        let outcome = try CLI.run(["clean", file.path, "--out", out.path])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("Removed: ") && outcome.stdout.contains("GPS position") && outcome.stdout.contains("Kept: orientation"))
        #expect(try Data(contentsOf: file) == before)
        let inspect = try CLI.run(["inspect", "--json", out.appendingPathComponent("beach.jpg").path])
        let object = try #require((try JSONSerialization.jsonObject(with: Data(inspect.stdout.utf8)) as? [[String: Any]])?.first)
        for key in ["gps_latitude", "gps_longitude", "make", "model", "serial_number", "date_time_original"] { #expect(object[key] == nil, "\(key)") }
        #expect(object["orientation"] as? Double == 6)
    }

    @Test("clean --check says what would go and writes nothing")
    func check() throws {
        let folder = Paths.temporaryFolder()
        let file = try Self.photo(in: folder)
        let outcome = try CLI.run(["clean", "--check", file.path])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("To remove: ") && outcome.stdout.contains("exposure clean"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["beach.jpg"])
    }

    @Test("a damaged file gets one line naming it and the problem, no output, and a non-zero exit; the others are still cleaned")
    func damaged() throws {
        let folder = Paths.temporaryFolder(), out = folder.appendingPathComponent("clean")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let good = try Self.photo(in: folder)
        let bad = folder.appendingPathComponent("broken.jpg")
        try Data(C.jpeg([C.app1(MetadataTIFF.camera.build())]).prefix(40)).write(to: bad)
        let outcome = try CLI.run(["clean", bad.path, good.path, "--out", out.path])
        #expect(outcome.status != 0)
        let lines = outcome.stderr.split(separator: "\n")
        #expect(lines.count == 1 && lines[0].hasPrefix("exposure: left out \(bad.path): "))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["beach.jpg"])
    }

    @Test("an existing copy is not overwritten, and options are checked before anything is read",
          arguments: [["--out", "OUT"], ["--keep", "colour", "--check"], ["--check", "--in-place"], []])
    func refusals(extra: [String]) throws {
        let folder = Paths.temporaryFolder(), out = folder.appendingPathComponent("clean")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let file = try Self.photo(in: folder)
        try Data("old".utf8).write(to: out.appendingPathComponent("beach.jpg"))
        let outcome = try CLI.run(["clean", file.path] + extra.map { $0 == "OUT" ? out.path : $0 })
        #expect(outcome.status != 0 && !outcome.stderr.isEmpty)
        #expect(try Data(contentsOf: out.appendingPathComponent("beach.jpg")) == Data("old".utf8))
    }
}
