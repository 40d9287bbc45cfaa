import Foundation
import GRDB
import Testing
@testable import ExposureKit

/// The database is private, survives rescans without duplicates, and is left as it was by a failed scan.
struct DatabaseTests {
    private func smallExport() throws -> URL {
        var export = ExportBuilder()
        export.add("your_facebook_activity/posts/your_uncategorized_photos.json", """
            {"other_photos_v2": [{"uri": "your_facebook_activity/posts/media/a/1.jpg", "creation_timestamp": 1700000000},
                                 {"uri": "your_facebook_activity/posts/media/a/2.jpg", "creation_timestamp": 1700000100}]}
            """)
        export.add("your_facebook_activity/posts/media/a/1.jpg", Data([0xFF, 0xD8, 0xFF, 0xD9]))
        export.add("your_facebook_activity/posts/media/a/2.jpg", Data([0xFF, 0xD8, 0xFF, 0xD9]))
        return try export.folder(in: Paths.temporaryFolder(), named: "facebook-jdoe-2024-01-01-Test1234")
    }

    private func items(_ db: ExposureDatabase) throws -> [String: Int64] {
        try db.read { db in
            try Dictionary(uniqueKeysWithValues: ItemRecord.fetchAll(db).map { ($0.archivePath, $0.id!) })
        }
    }

    @Test func createsTheFileReadableByItsOwnerOnly() throws {
        let path = Paths.temporaryFolder().appendingPathComponent("new/folder/exposure.sqlite").path
        _ = try ExposureDatabase(path: path, create: true)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    }

    @Test func aRescanKeepsItemsAndTheirIds() throws {
        let db = try ExposureDatabase(path: Paths.temporaryFolder().appendingPathComponent("e.sqlite").path, create: true)
        let export = try smallExport()
        let first = try Scanner(database: db).scan(paths: [export.path])[0]
        let before = try items(db)
        let second = try Scanner(database: db).scan(paths: [export.path])[0]
        #expect(!first.wasRescan && second.wasRescan)
        #expect(try items(db) == before)
        #expect(before.count == 2)
        #expect(try db.read { try ScanRecord.fetchCount($0) } == 2)
    }

    @Test func aZipThatWasOnlyTouchedIsUnchangedAndKnownWithoutOpeningNextTime() throws {
        var builder = ExportBuilder()
        builder.add("your_facebook_activity/posts/your_uncategorized_photos.json", """
            {"other_photos_v2": [{"uri": "your_facebook_activity/posts/media/a/1.jpg", "creation_timestamp": 1700000000}]}
            """)
        builder.add("your_facebook_activity/posts/media/a/1.jpg", Data([0xFF, 0xD8, 0xFF, 0xD9]))
        let zip = try builder.zip(in: Paths.temporaryFolder(), named: "facebook-jdoe-2024-01-01-Test1234").path
        let db = try ExposureDatabase(path: Paths.temporaryFolder().appendingPathComponent("e.sqlite").path, create: true)
        _ = try Scanner(database: db).scan(paths: [zip])
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_800_000_000)], ofItemAtPath: zip)
        let touched = try Scanner(database: db).scan(paths: [zip])[0]
        #expect(touched.unchanged)
        let stamps = try db.read { try String?.fetchAll($0, sql: "SELECT partsStamp FROM scan ORDER BY id") }
        #expect(stamps.count == 2 && stamps[0] != stamps[1])
        #expect(stamps[1] == PartsStamp.of([zip], readerVersion: Scanner.readerVersion))
    }

    @Test func aFileThatVanishesMidScanLeavesTheDatabaseAsItWas() throws {
        let db = try ExposureDatabase(path: Paths.temporaryFolder().appendingPathComponent("e.sqlite").path, create: true)
        let export = try smallExport()
        _ = try Scanner(database: db).scan(paths: [export.path])
        let before = try items(db)
        let archive = try ExportArchive(paths: [export.path])
        try FileManager.default.removeItem(at: export.appendingPathComponent("your_facebook_activity/posts/media/a/2.jpg"))
        #expect(throws: ExportError.self) { try Scanner(database: db).scan(archive, rereadAll: true) }
        #expect(try items(db) == before)
        #expect(try db.read { try ScanRecord.fetchCount($0) } == 1)
    }

    @Test func reportingOnAMissingDatabaseSaysWhatToDo() {
        let path = Paths.temporaryFolder().appendingPathComponent("none.sqlite").path
        #expect {
            try ExposureDatabase(path: path, create: false)
        } throws: { error in
            "\(error)".contains("Run `exposure scan`")
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func theEnvironmentVariableAndOptionChooseTheFile() {
        #expect(DatabaseLocation.resolve(option: "/a.sqlite", environment: ["EXPOSURE_DB": "/b.sqlite"]) == "/a.sqlite")
        #expect(DatabaseLocation.resolve(option: nil, environment: ["EXPOSURE_DB": "/b.sqlite"]) == "/b.sqlite")
        #expect(DatabaseLocation.resolve(option: nil, environment: ["HOME": "/home/j"]).hasPrefix("/home/j/"))
    }
}
