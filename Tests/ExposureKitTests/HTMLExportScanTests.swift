import Foundation
import Testing

/// Exports in Meta's HTML format scan through the real command line to their generator's expected
/// rows, and to the same values as their JSON twins except for the times the pages show less exactly.
struct HTMLExportScanTests {
    /// An HTML fixture: its export (a zip or a folder), `json-twin/` and `expected.csv`.
    struct Fixture: CustomTestStringConvertible, Sendable {
        let folder: URL
        var testDescription: String { folder.deletingLastPathComponent().lastPathComponent + "/" + folder.lastPathComponent }

        var parts: [String] { Self.parts(in: folder) }
        var twinParts: [String] { Self.parts(in: folder.appendingPathComponent("json-twin")) }

        var expected: CSVTable {
            CSVTable((try? String(contentsOf: folder.appendingPathComponent("expected.csv"), encoding: .utf8)) ?? "")
        }

        private static func parts(in folder: URL) -> [String] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            return names.filter { !["expected.csv", "json-twin"].contains($0) && !$0.hasPrefix(".") }.sorted()
                .map { folder.appendingPathComponent($0).path }
        }
    }

    static let fixtures: [Fixture] = ["facebook", "instagram"].flatMap { platform -> [Fixture] in
        let root = Paths.fixtures.appendingPathComponent("html").appendingPathComponent(platform)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.sorted().map { Fixture(folder: root.appendingPathComponent($0)) }
    }

    private func scan(_ parts: [String]) throws -> (scan: CLI.Outcome, csv: CSVTable, report: String) {
        let db = Paths.temporaryFolder().appendingPathComponent("e.sqlite").path
        let scan = try CLI.run(["scan", "--quiet", "--db", db] + parts)
        let csv = CSVTable(try CLI.run(["export", "--csv", "-", "--db", db]).stdout)
        return (scan, csv, try CLI.run(["report", "--db", db]).stdout)
    }

    @Test(arguments: fixtures)
    func scansToTheExpectedCSV(_ fixture: Fixture) throws {
        let (scan, csv, _) = try scan(fixture.parts)
        #expect(scan.status == 0, "\(scan.stderr)")
        #expect(scan.stdout.contains("HTML format"), "\(scan.stdout)")
        #expect(scan.stdout.contains("JSON format gives exact times"), "\(scan.stdout)")
        let expected = fixture.expected
        #expect(!expected.rows.isEmpty)
        let got = csv.projected(expected.header)
        for row in expected.rows where !got.contains(row) {
            Issue.record("expected row missing or different: \(row)\n  got: \(got.first { $0[2] == row[2] } ?? [])")
        }
        #expect(got.count == expected.rows.count)
    }

    /// The same items with the same values; a time shown to the minute is the JSON's time without its seconds.
    @Test(arguments: fixtures)
    func givesWhatTheJSONTwinGives(_ fixture: Fixture) throws {
        let html = try scan(fixture.parts).csv
        let json = try scan(fixture.twinParts).csv
        let columns = fixture.expected.header.filter { !["time_source", "time_precision"].contains($0) }
        let jsonRows = Dictionary(uniqueKeysWithValues: json.records.map { ($0["archive_path"]!, $0) })
        #expect(html.records.count == jsonRows.count)
        for row in html.records {
            guard let twin = jsonRows[row["archive_path"]!] else {
                Issue.record("not in the JSON twin: \(row["archive_path"]!)")
                continue
            }
            #expect(twin["time_source"] == (twin["posted_at"] == "" ? "" : "json_timestamp"))
            for column in columns where !(Self.keptOnlyInJSON(row, column) && row[column] == "") {
                var want = twin[column] ?? ""
                if Self.shownToTheMinute(row, column), want.hasSuffix("Z") { want = String(want.dropLast(3)) + "00Z" }
                #expect(row[column] == want, "\(column) of \(row["archive_path"]!)")
            }
        }
    }

    /// The documented differences (docs/html-export.md): Facebook posts pages show no metadata table,
    /// so media that no album, uncategorized or video page lists lose what Meta kept in the JSON.
    private static func keptOnlyInJSON(_ row: [String: String], _ column: String) -> Bool {
        let listed = (row["source"] ?? "").split(separator: ";").contains { ["album", "uncategorized", "video"].contains($0) }
        return row["platform"] == "facebook" && !listed
            && ["taken_at", "latitude", "longitude", "camera_make", "camera_model", "upload_ip"].contains(column)
    }

    /// Times a page shows to the minute: the item's date, and Facebook's Taken row.
    private static func shownToTheMinute(_ row: [String: String], _ column: String) -> Bool {
        row["time_precision"] == "minute" && (column == "posted_at" || column == "taken_at" && row["platform"] == "facebook")
    }

    @Test(arguments: fixtures)
    func listsOnlyLabelsItDoesNotKnow(_ fixture: Fixture) throws {
        let report = try scan(fixture.parts).report
        if fixture.folder.lastPathComponent == "2024-invented-label" {
            #expect(report.contains("labels not understood: Lens serial number ("), "\(report)")
            #expect(report.components(separatedBy: "labels not understood").count == 2)
            let csv = try scan(fixture.parts).csv
            #expect(csv.records.count == 1)
        } else {
            #expect(!report.contains("labels not understood"), "\(report)")
        }
    }

    @Test func aBrokenExportIsNotRefusedForBeingHTML() throws {
        let fixture = Paths.fixture("bad/facebook-html-export.zip")
        let (scan, csv, _) = try scan([fixture])
        #expect(scan.status == 0, "\(scan.stderr)")
        let expected = CSVTable(try String(contentsOfFile: Paths.fixture("bad/facebook-html-export.expected.csv"), encoding: .utf8))
        #expect(csv.projected(expected.header) == expected.rows)
    }

    @Test func htmlThatIsNoMetaPageIsNotAnExport() throws {
        let folder = Paths.temporaryFolder().appendingPathComponent("my-website")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("blog"), withIntermediateDirectories: true)
        try Data("<html><body><img src=\"cat.jpg\"><p>Hello</p></body></html>".utf8).write(to: folder.appendingPathComponent("index.html"))
        try Data("<html><body><h1>Posts</h1></body></html>".utf8).write(to: folder.appendingPathComponent("blog/posts.html"))
        let db = Paths.temporaryFolder().appendingPathComponent("e.sqlite").path
        let outcome = try CLI.run(["scan", "--quiet", "--db", db, folder.path])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("does not look like a Facebook or Instagram export"), "\(outcome.stderr)")
    }

    /// A folder holding both formats is read from the JSON, whose times are exact.
    @Test func jsonTwinsWinOverHTML() throws {
        let fixture = Self.fixtures.first { $0.folder.lastPathComponent == "2019-old-markup" }!
        let folder = Paths.temporaryFolder().appendingPathComponent("facebook-jdoe-2019-06-27")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: fixture.parts[0]), to: folder)
        let twin = URL(fileURLWithPath: fixture.twinParts[0])
        for path in try FileManager.default.subpathsOfDirectory(atPath: twin.path) where path.hasSuffix(".json") {
            try FileManager.default.copyItem(at: twin.appendingPathComponent(path), to: folder.appendingPathComponent(path))
        }
        let (scan, csv, _) = try scan([folder.path])
        #expect(!scan.stdout.contains("HTML format"), "\(scan.stdout)")
        #expect(csv.records.allSatisfy { $0["time_source"] == "json_timestamp" })
    }
}
