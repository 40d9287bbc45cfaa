import Foundation
import GRDB

/// Stores one scan: the export row, the scan row, its warnings, the account facts and every item,
/// keeping item ids stable when the same export is scanned again.
enum ScanWriter {
    /// Everything a scan produced, ready to be written.
    struct Scan {
        let archive: ExportArchive
        let result: ImportResult
        let items: [ScannedItem]
        let warnings: [ScanWarning]
        let startedAt: Date
        let stamp: String
        let partsStamp: String?
    }

    /// Writes the scan and sums it up.
    static func write(_ scan: Scan, _ db: Database) throws -> ScanSummary {
        let platform = scan.result.platform
        let existing = try export(named: scan.archive.name, platform, db)
        var export = existing ?? ExportRecord(id: nil, platform: platform.rawValue, name: scan.archive.name)
        if existing == nil { try export.insert(db) }
        var record = ScanRecord(
            id: nil, exportId: export.id!, startedAt: Instant.text(scan.startedAt), finishedAt: Instant.text(Date()),
            parts: try partsText(scan.archive.partPaths), layout: scan.result.layout, jsonFiles: scan.result.filesRead,
            itemCount: scan.items.count, missingCount: scan.items.count { $0.entry == nil },
            unreferencedCount: scan.items.count { $0.findings.isEmpty }, exportStamp: scan.stamp, unchanged: false,
            partsStamp: scan.partsStamp)
        try record.insert(db)
        for warning in scan.warnings {
            try ScanWarningRecord(scanId: record.id!, file: warning.file, message: warning.message).insert(db)
        }
        try replaceFacts(scan.result.accountFacts, exportId: export.id!, db)
        try writeItems(scan.items, exportId: export.id!, scanId: record.id!, db)
        try OwnerFacts.adopt(scan.result.accountFacts, exportName: export.name, db)
        try VisibilityOverrides.applyAll(db)
        try Verdicts.recompute(db)
        return summary(record, export: export, platform: platform, warnings: scan.warnings.count, wasRescan: existing != nil)
    }

    /// When the export's files and the reader are exactly as at its last scan, records a scan that
    /// read nothing again and returns its summary; nil when the export must be read.
    static func recordUnchanged(
        archive: ExportArchive, platform: Platform, stamp: String, startedAt: Date, _ db: Database
    ) throws -> ScanSummary? {
        guard let export = try export(named: archive.name, platform, db),
              let last = try lastScan(of: export, db), last.exportStamp == stamp
        else { return nil }
        return try repeatScan(last, of: export, parts: archive.partPaths, startedAt: startedAt, db)
    }

    /// The same, known before opening anything: the zip files are the very ones of the export's last scan.
    static func recordUnchanged(partsStamp: String, parts: [String], startedAt: Date, _ db: Database) throws -> ScanSummary? {
        guard let last = try ScanRecord.filter(Column("partsStamp") == partsStamp).order(Column("id").desc).fetchOne(db),
              let export = try ExportRecord.fetchOne(db, key: last.exportId),
              try lastScan(of: export, db)?.id == last.id
        else { return nil }
        return try repeatScan(last, of: export, parts: parts, startedAt: startedAt, db)
    }

    private static func lastScan(of export: ExportRecord, _ db: Database) throws -> ScanRecord? {
        try ScanRecord.filter(Column("exportId") == export.id!).order(Column("id").desc).fetchOne(db)
    }

    private static func repeatScan(
        _ last: ScanRecord, of export: ExportRecord, parts: [String], startedAt: Date, _ db: Database
    ) throws -> ScanSummary {
        var record = last
        record.id = nil
        record.startedAt = Instant.text(startedAt)
        record.finishedAt = Instant.text(Date())
        record.parts = try partsText(parts)
        record.unchanged = true
        try record.insert(db)
        let warnings = try ScanWarningRecord.filter(Column("scanId") == last.id!).fetchAll(db)
        for var warning in warnings {
            warning.scanId = record.id!
            try warning.insert(db)
        }
        let platform = Platform(rawValue: export.platform) ?? .facebook
        return summary(record, export: export, platform: platform, warnings: warnings.count, wasRescan: true)
    }

    /// The stamp and reading of every file the last scan of this export read.
    static func previousReadings(
        _ name: String, _ platform: Platform, _ db: Database
    ) throws -> [String: (stamp: String, inspection: FileInspection)] {
        guard let export = try export(named: name, platform, db) else { return [:] }
        var readings: [String: (stamp: String, inspection: FileInspection)] = [:]
        for item in try ItemRecord.filter(Column("exportId") == export.id!).fetchAll(db) {
            if let stamp = item.fileStamp, let inspection = item.inspection { readings[item.archivePath] = (stamp, inspection) }
        }
        return readings
    }

    private static func export(named name: String, _ platform: Platform, _ db: Database) throws -> ExportRecord? {
        try ExportRecord.filter(Column("platform") == platform.rawValue && Column("name") == name).fetchOne(db)
    }

    /// The parts as absolute paths, so reports run from another folder still find the export.
    private static func partsText(_ parts: [String]) throws -> String {
        let absolute = parts.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        return String(decoding: try JSONEncoder().encode(absolute), as: UTF8.self)
    }

    private static func summary(
        _ scan: ScanRecord, export: ExportRecord, platform: Platform, warnings: Int, wasRescan: Bool
    ) -> ScanSummary {
        ScanSummary(
            exportName: export.name, platform: platform, layout: scan.layout, itemCount: scan.itemCount,
            missingCount: scan.missingCount, unreferencedCount: scan.unreferencedCount, warningCount: warnings,
            wasRescan: wasRescan, unchanged: scan.unchanged)
    }

    private static func replaceFacts(_ facts: [AccountFact], exportId: Int64, _ db: Database) throws {
        try AccountFactRecord.filter(Column("exportId") == exportId).deleteAll(db)
        for fact in facts {
            try AccountFactRecord(
                exportId: exportId, name: fact.name, value: fact.value, file: fact.file, at: fact.at.map(Instant.text)
            ).insert(db)
        }
    }

    private static func writeItems(_ items: [ScannedItem], exportId: Int64, scanId: Int64, _ db: Database) throws {
        let existing = try Dictionary(
            Row.fetchAll(db, sql: "SELECT archivePath, id FROM item WHERE exportId = ?", arguments: [exportId])
                .map { (row: Row) -> (String, Int64) in (row["archivePath"], row["id"]) },
            uniquingKeysWith: { first, _ in first })
        try db.execute(
            sql: "DELETE FROM itemSource WHERE itemId IN (SELECT id FROM item WHERE exportId = ?)", arguments: [exportId])
        let insertItem = try ItemRecord.insertStatement(db)
        let insertSource = try db.cachedStatement(sql: "INSERT INTO itemSource (itemId, kind, jsonFile, uri) VALUES (?, ?, ?, ?)")
        for item in items {
            var record = ItemRecord(item, exportId: exportId, scanId: scanId)
            record.id = existing[item.path]
            if record.id == nil { try record.insert(with: insertItem, db) } else { try record.update(db) }
            for finding in item.findings {
                try insertSource.execute(arguments: [record.id!, finding.kind.rawValue, finding.jsonFile, finding.uri])
            }
            if item.findings.isEmpty {
                try insertSource.execute(arguments: [record.id!, SourceKind.unreferenced.rawValue, "", ""])
            }
        }
        try db.execute(
            sql: "DELETE FROM item WHERE exportId = ? AND lastScanId <> ?", arguments: [exportId, scanId])
    }
}

/// Instants as ISO 8601 UTC text (`2024-05-29T10:15:00Z`): readable in SQLite and sortable.
public enum Instant {
    public static func text(_ date: Date) -> String {
        date.formatted(.iso8601)
    }

    public static func date(_ text: String) -> Date? {
        try? Date(text, strategy: .iso8601)
    }
}
