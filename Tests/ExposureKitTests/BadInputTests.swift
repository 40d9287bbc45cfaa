import Foundation
import Testing

/// Bad input gets one clear line naming the file and the problem, a non-zero exit, and a database
/// left exactly as it was.
struct BadInputTests {
    private let good = Paths.fixture("facebook/2024-root-folder/facebook-jdoe-2024-11-18-Ab12Cd34.zip")

    /// A database holding one good scan, and its bytes.
    private func scannedDatabase() throws -> (path: String, bytes: Data) {
        let path = Paths.temporaryFolder().appendingPathComponent("e.sqlite").path
        let scan = try CLI.run(["scan", "--quiet", "--db", path, good])
        #expect(scan.status == 0, "\(scan.stderr)")
        return (path, try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    private func expectRefused(_ fixture: String, saying phrase: String) throws {
        let (db, before) = try scannedDatabase()
        let path = Paths.fixture(fixture)
        let outcome = try CLI.run(["scan", "--quiet", "--db", db, path])
        #expect(outcome.status == 1)
        let lines = outcome.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(outcome.stderr)")
        #expect(outcome.stderr.contains(path))
        #expect(outcome.stderr.contains(phrase), "\(outcome.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
    }

    @Test func aZipThatIsNoExportSaysSo() throws {
        try expectRefused("bad/not-a-meta-export.zip", saying: "does not look like a Facebook or Instagram export")
    }

    @Test func aTruncatedZipIsNamed() throws {
        try expectRefused("bad/truncated.zip", saying: "cannot read this zip")
    }

    @Test func aPathThatDoesNotExistIsNamed() throws {
        let (db, before) = try scannedDatabase()
        let outcome = try CLI.run(["scan", "--db", db, "/no/such/export.zip"])
        #expect(outcome.status == 1)
        #expect(outcome.stderr == "exposure: /no/such/export.zip: no such file or folder. Give the path of the downloaded zip or of the folder it was extracted to.\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
    }

    @Test(arguments: ["bad/facebook-broken-posts-json.zip", "bad/facebook-album-wrong-shape.zip"])
    func aBrokenFileInASoundExportBecomesAWarning(_ fixture: String) throws {
        let db = Paths.temporaryFolder().appendingPathComponent("e.sqlite").path
        let scan = try CLI.run(["scan", "--quiet", "--db", db, Paths.fixture(fixture)])
        #expect(scan.status == 0, "\(scan.stderr)")
        #expect(scan.stdout.contains("warning"))
        let report = try CLI.run(["report", "--db", db])
        #expect(report.stdout.contains("skipped:"), "\(report.stdout)")
        let expected = CSVTable((try? String(contentsOfFile: Paths.fixture(fixture.replacingOccurrences(of: ".zip", with: ".expected.csv")), encoding: .utf8)) ?? "")
        let csv = CSVTable(try CLI.run(["export", "--csv", "-", "--db", db]).stdout)
        #expect(csv.projected(expected.header) == expected.rows)
    }

    @Test func reportingWithoutADatabaseSaysWhatToDo() throws {
        let db = Paths.temporaryFolder().appendingPathComponent("none.sqlite").path
        let outcome = try CLI.run(["report", "--db", db])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("exposure scan"))
        #expect(!FileManager.default.fileExists(atPath: db))
    }
}
