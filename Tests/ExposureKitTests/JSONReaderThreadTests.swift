import Foundation
import Testing
@testable import ExposureKit

/// A JSON file is inflated and parsed on a worker thread while the importer takes its elements: the
/// importer must still see everything in file order, and stopping must leave the export readable.
struct JSONReaderThreadTests {
    private static let photoCount = 2_000

    /// An album of many photos, larger than one 256 KiB chunk, with members before and after them.
    private func album(brokenAfter broken: Int? = nil) -> String {
        let photos = (0..<Self.photoCount).map { number in
            number == broken ? "{\"uri\": " : "{\"uri\": \"photos/\(number).jpg\", \"description\": \"\(String(repeating: "x", count: 200))\"}"
        }
        return "{\"name\": \"Trip\", \"photos\": [\(photos.joined(separator: ", "))], \"cover_photo\": {\"uri\": \"photos/0.jpg\"}}"
    }

    private func archive(_ json: String) throws -> (ExportArchive, ExportEntry, ExportEntry) {
        var builder = ExportBuilder()
        builder.add("album/1.json", json)
        builder.add("other.json", "[1, 2, 3]")
        let zip = try builder.zip(in: Paths.temporaryFolder(), named: "facebook-x.zip")
        let archive = try ExportArchive(paths: [zip.path])
        return (archive, try #require(archive.entry(at: "album/1.json")), try #require(archive.entry(at: "other.json")))
    }

    @Test func membersAndElementsArriveInFileOrder() throws {
        let (archive, entry, _) = try archive(album())
        var events: [String] = []
        let whole = try archive.forEachJSONElement(
            of: entry, arrays: .named(["photos"]), topLevelArray: false, member: { name, _ in events.append(name) }
        ) { photo in
            guard case .string(let uri)? = photo.object?["uri"] else { return events.append("?") }
            events.append(uri)
        }
        #expect(whole == nil)
        #expect(events == ["name"] + (0..<Self.photoCount).map { "photos/\($0).jpg" } + ["cover_photo"])
    }

    @Test func anErrorOfTheImporterStopsTheReaderAndTheExportStaysReadable() throws {
        struct Enough: Error {}
        let (archive, entry, other) = try archive(album())
        var seen = 0
        #expect(throws: Enough.self) {
            try archive.forEachJSONElement(of: entry, arrays: .named(["photos"]), topLevelArray: false) { _ in
                seen += 1
                if seen == 3 { throw Enough() }
            }
        }
        #expect(seen == 3)
        #expect(try archive.json(of: other) == .array([.number(1), .number(2), .number(3)]))
    }

    @Test func elementsBeforeBrokenJSONArriveThenItsError() throws {
        let (archive, entry, _) = try archive(album(brokenAfter: 1_500))
        var seen = 0
        #expect {
            try archive.forEachJSONElement(of: entry, arrays: .named(["photos"]), topLevelArray: false) { _ in seen += 1 }
        } throws: { error in
            "\(error)".hasPrefix("it is not valid JSON (")
        }
        #expect(seen == 1_500)
    }
}
