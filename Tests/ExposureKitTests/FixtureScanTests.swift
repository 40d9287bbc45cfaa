import Foundation
import Testing

/// Every fixture export, scanned through the real command line, must give the CSV its generator expects.
struct FixtureScanTests {
    /// A fixture folder: its export (zips or one extracted folder) and its expected CSV.
    struct Fixture: CustomTestStringConvertible, Sendable {
        let folder: URL
        var testDescription: String { folder.deletingLastPathComponent().lastPathComponent + "/" + folder.lastPathComponent }

        var parts: [String] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            return names.filter { $0 != "expected.csv" && !$0.hasPrefix(".") }.sorted().map { folder.appendingPathComponent($0).path }
        }

        var expected: CSVTable {
            CSVTable((try? String(contentsOf: folder.appendingPathComponent("expected.csv"), encoding: .utf8)) ?? "")
        }
    }

    static let fixtures: [Fixture] = ["facebook", "instagram"].flatMap { platform -> [Fixture] in
        let root = Paths.fixtures.appendingPathComponent(platform)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.sorted().map { Fixture(folder: root.appendingPathComponent($0)) }
    }

    private func scanAndExport(_ parts: [String], db: String) throws -> (scan: CLI.Outcome, csv: CSVTable) {
        let scan = try CLI.run(["scan", "--quiet", "--db", db] + parts)
        let export = try CLI.run(["export", "--csv", "-", "--db", db])
        return (scan, CSVTable(export.stdout))
    }

    @Test(arguments: fixtures)
    func scansToTheExpectedCSV(_ fixture: Fixture) throws {
        let db = Paths.temporaryFolder().appendingPathComponent("e.sqlite").path
        let (scan, csv) = try scanAndExport(fixture.parts, db: db)
        #expect(scan.status == 0, "\(scan.stderr)")
        let expected = fixture.expected
        #expect(!expected.rows.isEmpty)
        let got = csv.projected(expected.header)
        let want = expected.rows
        for row in want where !got.contains(row) {
            Issue.record("expected row missing or different: \(row)\n  got: \(got.first { $0[2] == row[2] } ?? [])")
        }
        for row in got where !want.contains(row) && !want.contains(where: { $0[2] == row[2] }) {
            Issue.record("unexpected row: \(row)")
        }
        #expect(got.count == want.count)
    }

    @Test(arguments: fixtures)
    func aSecondScanChangesNothing(_ fixture: Fixture) throws {
        let db = Paths.temporaryFolder().appendingPathComponent("e.sqlite").path
        let first = try scanAndExport(fixture.parts, db: db)
        let second = try scanAndExport(fixture.parts, db: db)
        #expect(second.scan.status == 0)
        #expect(second.scan.stdout.hasPrefix("Unchanged since the last scan"))
        #expect(second.csv == first.csv)
    }
}
