import Foundation
import GRDB
import Testing

@testable import ExposureKit

/// A database another exposure process is writing to, and databases Exposure cannot use: each is
/// a plain one-line message, and no SQLite text reaches the user (issue 16).
///
/// A scan holds the write lock for its whole run; the tests hold it still by stopping the scan's
/// process (SIGSTOP) once the lock is taken, then let it go on (SIGCONT).
@Suite(.serialized) struct BusyDatabaseTests {
    @Test func reportAndExportReadWhileAScanWritesAndFactsSetWaitsForTheScan() throws {
        let running = try RunningScan()
        defer { running.finish() }
        let report = try CLI.run(["report", "--db", running.db])
        #expect(report.status == 0)
        #expect(report.stdout.contains("1,500 photos and videos"), "the earlier scan is reported while the new one runs")
        let csv = running.folder.appendingPathComponent("items.csv").path
        #expect(try CLI.run(["export", "--csv", csv, "--db", running.db]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: csv)).count { $0 == 0x0A } == 1_501, "a header and 1,500 rows")

        let facts = try Background(["facts", "set", "--region", "row", "--adult", "--db", running.db])
        Thread.sleep(forTimeInterval: 2)
        #expect(facts.isRunning, "facts set waits while the scan holds the database")
        running.resume()
        let done = facts.wait()
        #expect(running.wait() == 0)
        #expect(done.status == 0)
        #expect(done.stderr == "exposure: another exposure scan is writing to \(running.db); waiting for it to finish (Ctrl-C to stop).\n")
        #expect(done.stdout.contains("region              row (set by you"))
        try expectNoSQLiteText(done)
    }

    @Test func aWriterGivesUpAfterTheLimitWithOneLine() throws {
        let running = try RunningScan()
        defer { running.finish() }
        let facts = try CLI.run(["facts", "set", "--region", "row", "--db", running.db], environment: [DatabaseWait.environmentVariable: "2"])
        #expect(facts.status == 1)
        #expect(facts.stderr.hasSuffix(
            "exposure: \(running.db): another exposure command kept the database busy for 2 seconds. Run this again once it has finished.\n"))
        #expect(facts.stderr.split(separator: "\n").count == 2, "the waiting notice, then the error")
        try expectNoSQLiteText(facts)
        running.resume()
        #expect(running.wait() == 0, "the scan was not disturbed")
    }

    @Test func aDatabaseFromANewerExposureSaysToUpdate() throws {
        let db = try scannedDatabase()
        try DatabaseQueue(path: db).write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('v99 from the future')") }
        let outcome = try CLI.run(["report", "--db", db])
        #expect(outcome.status == 1)
        #expect(outcome.stderr == "exposure: \(db): this database was written by a newer version of Exposure. Update Exposure to read it.\n")
        try expectNoSQLiteText(outcome)
    }

    @Test(arguments: ["plain text, not a database\n", ""])
    func aFileThatIsNotExposuresIsNamedSoAndLeftAlone(content: String) throws {
        let folder = Paths.temporaryFolder()
        let path = folder.appendingPathComponent("notes.sqlite").path
        if content.isEmpty {
            try DatabaseQueue(path: path).write { try $0.execute(sql: "CREATE TABLE recipe (name TEXT); INSERT INTO recipe VALUES ('soup')") }
        } else {
            try Data(content.utf8).write(to: URL(fileURLWithPath: path))
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        for arguments in [["report"], ["facts", "set", "--adult"], ["scan", Paths.fixture("facebook/2021-posts-zip/facebook-jdoe-2021-06-01.zip")]] {
            let outcome = try CLI.run(arguments + ["--db", path])
            #expect(outcome.status == 1)
            #expect(outcome.stderr == "exposure: \(path): this file is not an Exposure database. Point --db at the database `exposure scan` wrote, or at a new file.\n")
            try expectNoSQLiteText(outcome)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test(.disabled(if: getuid() == 0, "root may write any file, so no file is read-only to the test"))
    func aReadOnlyDatabaseIsReadButNotChanged() throws {
        let db = try scannedDatabase()
        try FileManager.default.setAttributes([.posixPermissions: 0o400], ofItemAtPath: db)
        #expect(try CLI.run(["report", "--db", db]).status == 0)
        let outcome = try CLI.run(["facts", "set", "--adult", "--db", db])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("\(db): the database is read-only, so this command cannot change it."))
        try expectNoSQLiteText(outcome)
    }

    @Test func sqliteFailuresBecomeSentences() {
        let cases: [(ResultCode, String)] = [
            (.SQLITE_BUSY, "another exposure command kept the database busy for 30 minutes"),
            (.SQLITE_READONLY, "the database is read-only"),
            (.SQLITE_NOTADB, "this file is not an Exposure database"),
            (.SQLITE_CORRUPT, "the file is damaged"),
            (.SQLITE_FULL, "the disk is full"),
            (.SQLITE_IOERR, "reading or writing the file failed"),
        ]
        for (code, words) in cases {
            let error = DatabaseError(resultCode: code, message: "raw sqlite words", sql: "BEGIN IMMEDIATE TRANSACTION")
            let text = "\(StoreError.translating(error, path: "/x.sqlite", wait: 1_800))"
            #expect(text.hasPrefix("/x.sqlite: ") && text.contains(words), "\(code)")
            #expect(!text.contains("raw sqlite") && !text.contains("BEGIN"))
        }
    }
}

/// SQLite's own words, which must never reach the user.
private func expectNoSQLiteText(_ outcome: CLI.Outcome, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let text = (outcome.stdout + outcome.stderr).lowercased()
    for raw in ["sqlite error", "sqlite_", "database is locked", "while executing", "begin immediate", "disk i/o", "readonly database"] {
        #expect(!text.contains(raw), "\(raw)", sourceLocation: sourceLocation)
    }
}

/// A database holding one scan of a 1,500-photo benchmark export.
private func scannedDatabase(in folder: URL = Paths.temporaryFolder()) throws -> String {
    let db = folder.appendingPathComponent("e.sqlite").path
    for zip in try BenchmarkExport.zips(in: folder) {
        #expect(try CLI.run(["scan", "--quiet", zip, "--db", db]).status == 0)
    }
    return db
}

/// The benchmark's generator, at 1,500 small photos in two zips.
private enum BenchmarkExport {
    static func zips(in folder: URL) throws -> [String] {
        let generator = Paths.repository.appendingPathComponent("Benchmarks/make_export.py").path
        try ZipMaker.run("/usr/bin/env", ["python3", generator, "--n", "1500", "--small", "--jobs", "1", "--out", folder.path])
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".zip") }.sorted()
            .map { folder.appendingPathComponent($0).path }
    }
}

/// A full rescan of the Facebook export, stopped while it holds the database's write lock.
private final class RunningScan {
    let folder = Paths.temporaryFolder()
    let db: String
    private let scan: Background

    init() throws {
        db = try scannedDatabase(in: folder)
        let facebook = try BenchmarkExport.zips(in: folder).first { $0.contains("facebook-") }!
        scan = try Background(["scan", "--quiet", "--full", facebook, "--db", db])
        try Self.waitForWriteLock(db)
        kill(scan.pid, SIGSTOP)
    }

    func resume() { kill(scan.pid, SIGCONT) }

    func wait() -> Int32 { scan.wait().status }

    /// Lets a stopped scan end even when a test failed before resuming it.
    func finish() {
        resume()
        _ = scan.wait()
        try? FileManager.default.removeItem(at: folder)
    }

    /// Polls with a write that gives up at once, until one is refused because the scan holds the lock.
    private static func waitForWriteLock(_ db: String) throws {
        var configuration = Configuration()
        configuration.busyMode = .immediateError
        let probe = try DatabaseQueue(path: db, configuration: configuration)
        for _ in 0..<1_000 {
            do {
                try probe.writeWithoutTransaction { try $0.execute(sql: "BEGIN IMMEDIATE; ROLLBACK") }
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
                return
            }
            Thread.sleep(forTimeInterval: 0.005)
        }
        Issue.record("the scan never took the write lock")
    }
}

/// The real binary started without waiting for it, its output collected when it ends.
private final class Background: @unchecked Sendable {
    private let process = Process()
    private let out = Pipe()
    private let err = Pipe()
    private var stdout = Data()
    private var stderr = Data()
    private let reading = DispatchGroup()

    init(_ arguments: [String]) throws {
        process.executableURL = CLI.executable
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        try process.run()
        DispatchQueue.global().async(group: reading) { self.stdout = self.out.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: reading) { self.stderr = self.err.fileHandleForReading.readDataToEndOfFile() }
    }

    var pid: Int32 { process.processIdentifier }
    var isRunning: Bool { process.isRunning }

    func wait() -> CLI.Outcome {
        reading.wait()
        process.waitUntilExit()
        return CLI.Outcome(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }
}
