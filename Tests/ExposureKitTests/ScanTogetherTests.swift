import Foundation
import Testing
@testable import ExposureKit

/// A Facebook and an Instagram export given to one `exposure scan` are scanned as two exports, exactly
/// as if scanned one after the other, and all or nothing.
struct ScanTogetherTests {
    private let facebookParts = [
        Paths.fixture("facebook/2023-two-parts/facebook-jdoe-2023-10-02-Xy12Ab34-part1.zip"),
        Paths.fixture("facebook/2023-two-parts/facebook-jdoe-2023-10-02-Xy12Ab34-part2.zip"),
    ]
    private let instagram = Paths.fixture("instagram/2025-private-zip/instagram-jdoe-2025-03-17-0Y8WC7hw.zip")

    private func database() -> String { Paths.temporaryFolder().appendingPathComponent("e.sqlite").path }

    private func csvLines(_ db: String) throws -> [Substring] {
        let export = try CLI.run(["export", "--csv", "-", "--db", db])
        #expect(export.status == 0, "\(export.stderr)")
        return export.stdout.split(whereSeparator: \.isNewline).sorted()
    }

    @Test func bothExportsGivenTogetherStoreWhatScanningEachAloneStores() throws {
        let together = database()
        let scan = try CLI.run(["scan", "--quiet", "--db", together, facebookParts[0], instagram, facebookParts[1]])
        #expect(scan.status == 0, "\(scan.stderr)")
        #expect(scan.stdout.contains("Scanned facebook-jdoe-2023-10-02-Xy12Ab34: Facebook 2023"))
        #expect(scan.stdout.contains("Scanned instagram-jdoe-2025-03-17-0Y8WC7hw: Instagram 2025"))
        #expect(scan.stdout.components(separatedBy: "Next: exposure report").count == 2)

        let apart = database()
        #expect(try CLI.run(["scan", "--quiet", "--db", apart] + facebookParts).status == 0)
        #expect(try CLI.run(["scan", "--quiet", "--db", apart, instagram]).status == 0)
        let rows = try csvLines(together)
        #expect(rows.count == 21)
        #expect(rows == (try csvLines(apart)))
    }

    @Test func scanningBothAgainFindsBothUnchanged() throws {
        let db = database()
        #expect(try CLI.run(["scan", "--quiet", "--db", db] + facebookParts + [instagram]).status == 0)
        let again = try CLI.run(["scan", "--quiet", "--db", db] + facebookParts + [instagram])
        #expect(again.status == 0)
        #expect(again.stdout.components(separatedBy: "Unchanged since the last scan, nothing read again:").count == 3)
    }

    /// The database holds one scan of the Facebook export; returns its path and bytes.
    private func scannedDatabase() throws -> (path: String, bytes: Data) {
        let db = database()
        #expect(try CLI.run(["scan", "--quiet", "--db", db] + facebookParts).status == 0)
        return (db, try Data(contentsOf: URL(fileURLWithPath: db)))
    }

    @Test func aBrokenSecondExportLeavesTheFirstUnscannedToo() throws {
        let (db, before) = try scannedDatabase()
        let broken = Paths.temporaryFolder().appendingPathComponent("instagram-jdoe-2025-01-01-Broken00.zip")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Paths.fixture("bad/truncated.zip")), to: broken)
        let scan = try CLI.run(["scan", "--quiet", "--full", "--db", db] + facebookParts + [broken.path])
        #expect(scan.status == 1)
        #expect(scan.stderr.split(separator: "\n").count == 1)
        #expect(scan.stderr.contains(broken.path) && scan.stderr.contains("cannot read this zip"), "\(scan.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
    }

    @Test func aPartNamedForNeitherExportIsRefusedWhenBothAreGiven() throws {
        let (db, before) = try scannedDatabase()
        let stray = Paths.fixture("bad/not-a-meta-export.zip")
        let scan = try CLI.run(["scan", "--quiet", "--db", db, instagram, stray] + facebookParts)
        #expect(scan.status == 1)
        #expect(scan.stderr == "exposure: \(stray): given with both a Facebook and an Instagram export, and its name does not say which one it is part of. Scan each export on its own, with all of its parts: exposure scan PART...\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
    }

    @Test func partsAreGroupedByThePlatformTheirNamesStartWith() throws {
        #expect(try ExportParts.group(["d/Facebook-a-part1.zip", "d/instagram-b/", "d/facebook-a-part2.zip"])
            == [["d/Facebook-a-part1.zip", "d/facebook-a-part2.zip"], ["d/instagram-b/"]])
        #expect(try ExportParts.group(["d/renamed.zip", "d/facebook-a-part2.zip"]) == [["d/renamed.zip", "d/facebook-a-part2.zip"]])
        #expect(try ExportParts.group(["d/one.zip", "d/two.zip"]) == [["d/one.zip", "d/two.zip"]])
        #expect(throws: ExportError.partOfNeitherExport("d/x.zip")) {
            try ExportParts.group(["d/instagram-b.zip", "d/x.zip", "d/facebook-a.zip"])
        }
    }
}
