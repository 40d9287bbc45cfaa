import Foundation
import GRDB

/// What one export gives away, counted from the database, for the terminal report.
public struct ExportSummary: Sendable {
    public var name: String
    public var platform: Platform
    public var layout: String
    public var scannedAt: String
    public var parts: [String]
    public var photos = 0
    public var videos = 0
    public var bySource: [(kind: SourceKind, count: Int)] = []
    public var gpsInJSON = 0
    public var gpsInFile = 0
    public var withLocation = 0
    public var withUploadIP = 0
    public var withCameraSerial = 0
    public var fileEXIF: [(status: String, count: Int)] = []
    public var visibility: [(visibility: String, source: String, count: Int)] = []
    public var wasPublic: [(answer: String, count: Int)] = []
    public var firstPosted: String?
    public var lastPosted: String?
    public var facts: [AccountFactRecord] = []
    public var warnings: [ScanWarningRecord] = []

    public var itemCount: Int { photos + videos }

    /// One summary per export in the database, Facebook first.
    public static func fetchAll(_ db: Database) throws -> [ExportSummary] {
        try ExportRecord.order(Column("platform"), Column("name")).fetchAll(db).compactMap { export in
            try summary(of: export, db)
        }
    }

    private static func summary(of export: ExportRecord, _ db: Database) throws -> ExportSummary? {
        guard let scan = try ScanRecord.filter(Column("exportId") == export.id!).order(Column("id").desc).fetchOne(db),
              let platform = Platform(rawValue: export.platform)
        else { return nil }
        let parts = (try? JSONDecoder().decode([String].self, from: Data(scan.parts.utf8))) ?? []
        var summary = ExportSummary(
            name: export.name, platform: platform, layout: scan.layout, scannedAt: scan.finishedAt, parts: parts)
        try summary.count(exportId: export.id!, db)
        summary.facts = try AccountFactRecord.filter(Column("exportId") == export.id!).order(Column("at")).fetchAll(db)
        summary.warnings = try ScanWarningRecord.filter(Column("scanId") == scan.id!).fetchAll(db)
        return summary
    }

    private mutating func count(exportId: Int64, _ db: Database) throws {
        let id: StatementArguments = [exportId]
        func scalar(_ condition: String) throws -> Int {
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM item WHERE exportId = ? AND (\(condition))", arguments: id) ?? 0
        }
        photos = try scalar("mediaType = 'photo'")
        videos = try scalar("mediaType = 'video'")
        gpsInJSON = try scalar("jsonLatitude IS NOT NULL AND jsonLongitude IS NOT NULL")
        gpsInFile = try scalar("exifLatitude IS NOT NULL AND exifLongitude IS NOT NULL")
        withLocation = try scalar(
            "(jsonLatitude IS NOT NULL AND jsonLongitude IS NOT NULL) OR (exifLatitude IS NOT NULL AND exifLongitude IS NOT NULL)")
        withUploadIP = try scalar("uploadIP IS NOT NULL")
        withCameraSerial = try scalar("exifSerialNumber IS NOT NULL")
        bySource = try Row.fetchAll(db, sql: """
            SELECT s.kind, COUNT(DISTINCT s.itemId) AS n FROM itemSource s JOIN item i ON i.id = s.itemId
            WHERE i.exportId = ? GROUP BY s.kind
            """, arguments: id)
            .compactMap { row in SourceKind(rawValue: row["kind"]).map { ($0, row["n"]) } }
            .sorted { $0.kind < $1.kind }
        fileEXIF = try Row.fetchAll(db, sql: """
            SELECT exifStatus, COUNT(*) AS n FROM item WHERE exportId = ? GROUP BY exifStatus ORDER BY n DESC
            """, arguments: id).map { ($0["exifStatus"], $0["n"]) }
        visibility = try Row.fetchAll(db, sql: """
            SELECT visibility, visibilitySource, COUNT(*) AS n FROM item WHERE exportId = ?
            GROUP BY visibility, visibilitySource ORDER BY n DESC
            """, arguments: id).map { ($0["visibility"], $0["visibilitySource"], $0["n"]) }
        wasPublic = try Row.fetchAll(db, sql: """
            SELECT wasPublic, COUNT(*) AS n FROM item WHERE exportId = ? AND wasPublic IS NOT NULL
            GROUP BY wasPublic ORDER BY n DESC
            """, arguments: id).map { ($0["wasPublic"], $0["n"]) }
        let range = try Row.fetchOne(
            db, sql: "SELECT MIN(postedAt) AS first, MAX(postedAt) AS last FROM item WHERE exportId = ?", arguments: id)
        firstPosted = range?["first"]
        lastPosted = range?["last"]
    }
}
