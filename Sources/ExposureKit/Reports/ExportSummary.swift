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
    /// Every media file of the export accounted for, by its latest scan that counted them.
    public var mediaFiles: MediaFileTally?

    public var itemCount: Int { photos + videos }

    /// One summary per export in the database, Facebook first.
    public static func fetchAll(_ db: Database) throws -> [ExportSummary] {
        try fetchAll(db, groups: ItemGroups(db))
    }

    /// The same, counted from groups the caller has already read.
    static func fetchAll(_ db: Database, groups: ItemGroups) throws -> [ExportSummary] {
        try ExportRecord.inReportOrder(db).compactMap { export in
            try summary(of: export, groups, db)
        }
    }

    private static func summary(of export: ExportRecord, _ groups: ItemGroups, _ db: Database) throws -> ExportSummary? {
        guard let scan = try ScanRecord.filter(Column("exportId") == export.id!).order(Column("id").desc).fetchOne(db),
              let platform = Platform(rawValue: export.platform)
        else { return nil }
        let parts = (try? JSONDecoder().decode([String].self, from: Data(scan.parts.utf8))) ?? []
        var summary = ExportSummary(
            name: export.name, platform: platform, layout: scan.layout, scannedAt: scan.finishedAt, parts: parts)
        summary.count(groups.of(export: export.id!))
        (summary.firstPosted, summary.lastPosted) = (groups.posted[export.id!]?.first, groups.posted[export.id!]?.last)
        summary.accountFacts = try AccountFactRecord.filter(Column("exportId") == export.id!).order(Column("at"))
            .fetchAll(db).map { AccountFact(name: $0.name, value: $0.value, file: $0.file, at: $0.at) }
        summary.warnings = try ScanWarningRecord.filter(Column("scanId") == scan.id!).fetchAll(db)
            .map { Warning(file: $0.file, message: $0.message) }
        summary.mediaFiles = try MediaFileStore.latest(exportId: export.id!, db)
        return summary
    }

    /// Adds up the export's groups of alike items.
    private mutating func count(_ groups: [(key: ItemGroups.Key, count: Int)]) {
        var (exif, was, sources) = ([String: Int](), [String: Int](), [SourceKind: Int]())
        var pairs: [[String]: Int] = [:]
        for (key, n) in groups {
            countScalars(key, n)
            exif[key.exifStatus, default: 0] += n
            if let wasPublic = key.wasPublic { was[wasPublic, default: 0] += n }
            for kind in key.sources.kinds { sources[kind, default: 0] += n }
            pairs[[key.visibility, key.visibilitySource], default: 0] += n
        }
        (fileEXIF, wasPublic) = (Self.ranked(exif), Self.ranked(was))
        bySource = sources.sorted { $0.key < $1.key }.map { Tally(value: $0.key.rawValue, count: $0.value) }
        visibility = pairs.map { VisibilityTally(visibility: $0.key[0], source: $0.key[1], count: $0.value) }
            .sorted { ($1.count, $0.visibility, $0.source) < ($0.count, $1.visibility, $1.source) }
    }

    private mutating func countScalars(_ key: ItemGroups.Key, _ n: Int) {
        if key.mediaType == "photo" { photos += n }
        if key.mediaType == "video" { videos += n }
        let (inJSON, inFile) = (key.filled.isSuperset(of: .gpsInJSON), key.filled.isSuperset(of: .gpsInFile))
        if inJSON { gpsInJSON += n }
        if inFile { gpsInFile += n }
        if inJSON || inFile { withLocation += n }
        if key.filled.contains(.uploadIP) { withUploadIP += n }
        if key.filled.contains(.cameraSerial) { withCameraSerial += n }
    }

    /// Most items first, then by value.
    private static func ranked(_ counts: [String: Int]) -> [Tally] {
        counts.map { Tally(value: $0.key, count: $0.value) }.sorted { ($1.count, $0.value) < ($0.count, $1.value) }
    }
}
