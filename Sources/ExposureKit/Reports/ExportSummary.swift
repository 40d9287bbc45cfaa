import Foundation
import GRDB

/// What one export gives away and what its scan passed over, counted from the database, for the
/// per-export part of every report.
public struct ExportSummary: Sendable, Codable {
    /// A value and how many items have it.
    public struct Tally: Sendable, Codable, Equatable {
        public var value: String
        public var count: Int
    }

    /// A visibility, where it came from, and how many items have both.
    public struct VisibilityTally: Sendable, Codable, Equatable {
        public var visibility: String
        public var source: String
        public var count: Int
    }

    /// An account-level fact, such as Facebook's default audience or an Instagram privacy switch.
    public struct AccountFact: Sendable, Codable, Equatable {
        public var name: String
        public var value: String
        public var file: String
        public var at: String?
    }

    /// A problem the scan passed over.
    public struct Warning: Sendable, Codable, Equatable {
        public var file: String
        public var message: String
    }

    public var name: String
    public var platform: Platform
    public var layout: String
    public var scannedAt: String
    public var parts: [String]
    public var photos = 0
    public var videos = 0
    public var bySource: [Tally] = []
    public var gpsInJSON = 0
    public var gpsInFile = 0
    public var withLocation = 0
    public var withUploadIP = 0
    public var withCameraSerial = 0
    public var fileEXIF: [Tally] = []
    public var visibility: [VisibilityTally] = []
    public var wasPublic: [Tally] = []
    public var firstPosted: String?
    public var lastPosted: String?
    public var accountFacts: [AccountFact] = []
    public var warnings: [Warning] = []

    public var itemCount: Int { photos + videos }

    /// One summary per export in the database, Facebook first.
    public static func fetchAll(_ db: Database) throws -> [ExportSummary] {
        let sources = try SourceSets(db).tallies(db)
        return try ExportRecord.order(Column("platform"), Column("name")).fetchAll(db).compactMap { export in
            var summary = try summary(of: export, db)
            summary?.bySource = sources[export.id!] ?? []
            return summary
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
        summary.accountFacts = try AccountFactRecord.filter(Column("exportId") == export.id!).order(Column("at"))
            .fetchAll(db).map { AccountFact(name: $0.name, value: $0.value, file: $0.file, at: $0.at) }
        summary.warnings = try ScanWarningRecord.filter(Column("scanId") == scan.id!).fetchAll(db)
            .map { Warning(file: $0.file, message: $0.message) }
        return summary
    }

    private mutating func count(exportId: Int64, _ db: Database) throws {
        let id: StatementArguments = [exportId]
        func tallies(_ column: String) throws -> [Tally] {
            try Row.fetchAll(db, sql: """
                SELECT \(column) AS value, COUNT(*) AS n FROM item WHERE exportId = ? AND \(column) IS NOT NULL
                GROUP BY \(column) ORDER BY n DESC, value
                """, arguments: id).map { Tally(value: $0["value"], count: $0["n"]) }
        }
        try countScalars(id, db)
        fileEXIF = try tallies("exifStatus")
        wasPublic = try tallies("wasPublic")
        visibility = try Row.fetchAll(db, sql: """
            SELECT visibility, visibilitySource, COUNT(*) AS n FROM item WHERE exportId = ?
            GROUP BY visibility, visibilitySource ORDER BY n DESC, visibility
            """, arguments: id).map { VisibilityTally(visibility: $0["visibility"], source: $0["visibilitySource"], count: $0["n"]) }
    }

    /// The counts and the posting range in one pass over the export's items.
    private mutating func countScalars(_ id: StatementArguments, _ db: Database) throws {
        let jsonGPS = "(jsonLatitude IS NOT NULL AND jsonLongitude IS NOT NULL)"
        let fileGPS = "(exifLatitude IS NOT NULL AND exifLongitude IS NOT NULL)"
        guard let row = try Row.fetchOne(db, sql: """
            SELECT TOTAL(mediaType = 'photo'), TOTAL(mediaType = 'video'), TOTAL(\(jsonGPS)), TOTAL(\(fileGPS)),
            TOTAL(\(jsonGPS) OR \(fileGPS)), TOTAL(uploadIP IS NOT NULL), TOTAL(exifSerialNumber IS NOT NULL),
            MIN(postedAt), MAX(postedAt)
            FROM item WHERE exportId = ?
            """, arguments: id)
        else { return }
        let count = { (index: Int) in Int(row[index] as Double) }
        (photos, videos, gpsInJSON, gpsInFile) = (count(0), count(1), count(2), count(3))
        (withLocation, withUploadIP, withCameraSerial) = (count(4), count(5), count(6))
        firstPosted = row[7]
        lastPosted = row[8]
    }
}
