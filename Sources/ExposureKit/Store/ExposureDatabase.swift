import Foundation
import GRDB

/// The SQLite file that holds every scan, created readable by its owner only because it describes
/// someone's private photos.
public final class ExposureDatabase {
    public let path: String
    let queue: DatabaseQueue

    /// Opens the database, creating it (mode 0600, in a 0700 folder) when `create` is true.
    public init(path: String, create: Bool) throws {
        self.path = path
        let exists = FileManager.default.fileExists(atPath: path)
        if !exists {
            guard create else { throw StoreError.noDatabase(path) }
            try Self.createPrivateFile(at: path)
        }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(5)
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
        } catch {
            throw StoreError.cannotOpen(path, Self.describe(error))
        }
        try migrate()
    }

    private func migrate() throws {
        let migrator = Migrations.migrator
        do {
            let (superseded, complete) = try queue.read { db in
                (try migrator.hasBeenSuperseded(db), try migrator.hasCompletedMigrations(db))
            }
            if superseded { throw StoreError.newerSchema(path) }
            // Checked first because migrating takes a write lock even when there is nothing to do.
            if !complete { try migrator.migrate(queue) }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.cannotOpen(path, Self.describe(error))
        }
    }

    /// Runs `work` in one transaction: all of it is written, or none.
    public func write<T>(_ work: (Database) throws -> T) throws -> T {
        try queue.write(work)
    }

    public func read<T>(_ work: (Database) throws -> T) throws -> T {
        try queue.read(work)
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

    private static func describe(_ error: Error) -> String {
        if let error = error as? DatabaseError {
            if error.resultCode == .SQLITE_NOTADB { return "it is not an Exposure database" }
            return error.message ?? "SQLite error \(error.resultCode.rawValue)"
        }
        return "\(error)"
    }
}
