import Foundation
import GRDB

/// The SQLite file that holds every scan, created readable by its owner only because it describes
/// someone's private photos.
///
/// Written ahead (WAL), so reports and exports read while a scan writes; commands that write wait for
/// the scan as `DatabaseWait` says. Every SQLite failure reaches the user as a `StoreError`.
public final class ExposureDatabase {
    public let path: String
    let queue: DatabaseQueue
    /// True when the file may only be read: reads work, writes fail with `StoreError.readOnly`.
    public let isReadOnly: Bool
    private let wait: DatabaseWait

    /// Opens the database, creating it (mode 0600, in a 0700 folder) when `create` is true.
    public init(path: String, create: Bool, wait: DatabaseWait = DatabaseWait()) throws {
        self.path = path
        self.wait = wait
        if !FileManager.default.fileExists(atPath: path) {
            guard create else { throw StoreError.noDatabase(path) }
            try Self.createPrivateFile(at: path)
        }
        try Self.requireSQLiteFile(path)
        isReadOnly = !FileManager.default.isWritableFile(atPath: path)
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.readonly = isReadOnly
        configuration.busyMode = wait.busyMode(path: path)
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
        } catch {
            throw StoreError.translating(error, path: path, wait: wait.limit)
        }
        try migrate()
    }

    private func migrate() throws {
        let migrator = Migrations.migrator
        let (foreign, superseded, complete) = try read { db in
            (try Self.isForeign(db), try migrator.hasBeenSuperseded(db), try migrator.hasCompletedMigrations(db))
        }
        if foreign { throw StoreError.notExposure(path) }
        if superseded { throw StoreError.newerSchema(path) }
        if !isReadOnly { try writeAhead() }
        // Checked first because migrating takes a write lock even when there is nothing to do.
        guard !complete else { return }
        if isReadOnly { throw StoreError.readOnly(path) }
        try translatingErrors { try migrator.migrate(queue) }
    }

    /// Switches to write-ahead logging once the file is known to be Exposure's (someone else's file is
    /// left untouched); with WAL, synchronous NORMAL still never corrupts, and a crash loses at most the
    /// last scans since a checkpoint (https://www.sqlite.org/pragma.html#pragma_synchronous).
    private func writeAhead() throws {
        try translatingErrors {
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA journal_mode = WAL")
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
            }
        }
    }

    /// Runs `work` in one transaction: all of it is written, or none.
    public func write<T>(_ work: (Database) throws -> T) throws -> T {
        if isReadOnly { throw StoreError.readOnly(path) }
        return try translatingErrors { try queue.write(work) }
    }

    public func read<T>(_ work: (Database) throws -> T) throws -> T {
        try translatingErrors { try queue.read(work) }
    }

    private func translatingErrors<T>(_ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch {
            throw StoreError.translating(error, path: path, wait: wait.limit)
        }
    }

    /// Tables in a database without Exposure's migrations: someone else's file, which must not be changed.
    private static func isForeign(_ db: Database) throws -> Bool {
        let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        return !tables.isEmpty && !tables.contains("grdb_migrations")
    }

    /// A non-empty file that does not start as every SQLite database does is not Exposure's.
    private static func requireSQLiteFile(_ path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StoreError.cannotOpen(path, "it cannot be read. Check that you may read it")
        }
        defer { try? handle.close() }
        let start = (try? handle.read(upToCount: 16)) ?? Data()
        guard start.isEmpty || start == Data("SQLite format 3\0".utf8) else { throw StoreError.notExposure(path) }
    }

    private static func createPrivateFile(at path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        do {
            if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
                try FileManager.default.createDirectory(
                    atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            }
        } catch {
            throw StoreError.cannotCreate(path, "its folder cannot be created")
        }
        guard FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw StoreError.cannotCreate(path, "the file cannot be written there")
        }
    }
}
