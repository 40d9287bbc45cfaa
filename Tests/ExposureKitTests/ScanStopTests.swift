import Foundation
import GRDB
import Testing
@testable import ExposureKit

/// A stopped scan leaves the database as it was; a scan that is not on a terminal prints no progress.
struct ScanStopTests {
    private let sample = Paths.fixture("facebook/2024-root-folder/facebook-jdoe-2024-11-18-Ab12Cd34.zip")

    @Test func aStoppedScanWritesNothing() throws {
        let path = Paths.temporaryFolder().appendingPathComponent("e.sqlite").path
        let db = try ExposureDatabase(path: path, create: true)
        let progress = ScanProgress()
        progress.cancel()
        #expect(throws: ScanCancelled.self) { try Scanner(database: db, progress: progress).scan(paths: [sample]) }
        #expect(try db.read { try ScanRecord.fetchCount($0) } == 0)
        #expect(try db.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM item") } == 0)
    }

    @Test func progressGoesOnlyToATerminal() throws {
        let db = Paths.temporaryFolder().appendingPathComponent("e.sqlite").path
        let outcome = try CLI.run(["scan", "--db", db, sample])
        #expect(outcome.status == 0)
        #expect(outcome.stderr.isEmpty)
    }

    @Test func theProgressLineSaysHowFarAndHowLong() {
        let line = ProgressLine.text(ScanProgress.Snapshot(filesDone: 1_000, filesTotal: 4_000, bytesRead: 12_500_000, elapsed: 2))
        #expect(line == "Reading media: 1000 of 4000 files, 12.5 MB read, 500 files/s, about 6 s left")
    }
}
