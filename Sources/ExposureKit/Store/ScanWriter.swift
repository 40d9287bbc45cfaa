import Foundation
import GRDB

/// Finds an export's earlier scans and records a scan that found nothing changed; `ScanSession`
/// stores a scan that reads the export.
enum ScanWriter {
    /// When the export's files and the reader are exactly as at its last scan, records a scan that
    /// read nothing again and returns its summary; nil when the export must be read.
    static func recordUnchanged(
        archive: ExportArchive, platform: Platform, stamp: String, partsStamp: String?, startedAt: Date, _ db: Database
    ) throws -> ScanSummary? {
        guard let export = try export(named: archive.name, platform, db),
              let last = try lastScan(of: export, db), last.exportStamp == stamp
        else { return nil }
        return try repeatScan(last, of: export, parts: archive.partPaths, partsStamp: partsStamp, startedAt: startedAt, db)
    }

    /// The same, known before opening anything: the zip files are the very ones of the export's last scan.
    static func recordUnchanged(partsStamp: String, parts: [String], startedAt: Date, _ db: Database) throws -> ScanSummary? {
        guard let last = try ScanRecord.fetchOne(
                  db, sql: "SELECT * FROM scan WHERE partsStamp = ? ORDER BY id DESC LIMIT 1", arguments: [partsStamp]),
              let export = try ExportRecord.fetchOne(db, sql: "SELECT * FROM export WHERE id = ?", arguments: [last.exportId]),
              try lastScan(of: export, db)?.id == last.id
        else { return nil }
        return try repeatScan(last, of: export, parts: parts, partsStamp: partsStamp, startedAt: startedAt, db)
    }

    /// Plain SQL here and below: the query builder's generic types cost a rescan, which runs nothing else, a millisecond.
    private static func lastScan(of export: ExportRecord, _ db: Database) throws -> ScanRecord? {
        try ScanRecord.fetchOne(db, sql: "SELECT * FROM scan WHERE exportId = ? ORDER BY id DESC LIMIT 1", arguments: [export.id!])
    }

    /// Copies the last scan's counts into a new scan row; `partsStamp` is the files' stamp now, which
    /// differs from the last one's when a zip was only touched.
    private static func repeatScan(
        _ last: ScanRecord, of export: ExportRecord, parts: [String], partsStamp: String?, startedAt: Date, _ db: Database
    ) throws -> ScanSummary {
        var record = last
        record.startedAt = Instant.text(startedAt)
        record.finishedAt = Instant.text(Date())
        record.parts = partsText(parts)
        record.partsStamp = partsStamp
        record.unchanged = true
        try db.execute(
            sql: """
                INSERT INTO scan (exportId, startedAt, finishedAt, parts, layout, jsonFiles, itemCount, missingCount,
                                  unreferencedCount, exportStamp, unchanged, partsStamp)
                SELECT exportId, ?, ?, ?, layout, jsonFiles, itemCount, missingCount, unreferencedCount, exportStamp, 1, ?
                FROM scan WHERE id = ?
                """,
            arguments: [record.startedAt, record.finishedAt, record.parts, partsStamp, last.id!])
        record.id = db.lastInsertedRowID
        try db.execute(
            sql: "INSERT INTO scanWarning (scanId, file, message) SELECT ?, file, message FROM scanWarning WHERE scanId = ?",
            arguments: [record.id!, last.id!])
        let platform = Platform(rawValue: export.platform) ?? .facebook
        return summary(record, export: export, platform: platform, warnings: db.changesCount, wasRescan: true)
    }

    static func export(named name: String, _ platform: Platform, _ db: Database) throws -> ExportRecord? {
        try ExportRecord.fetchOne(
            db, sql: "SELECT * FROM export WHERE platform = ? AND name = ?", arguments: [platform.rawValue, name])
    }

    /// The parts as absolute paths, so reports run from another folder still find the export.
    static func partsText(_ parts: [String]) -> String {
        JSONValue.array(parts.map { .string(URL(fileURLWithPath: $0).standardizedFileURL.path) }).compactText
    }

    static func summary(
        _ scan: ScanRecord, export: ExportRecord, platform: Platform, warnings: Int, wasRescan: Bool
    ) -> ScanSummary {
        ScanSummary(
            exportName: export.name, platform: platform, layout: scan.layout, itemCount: scan.itemCount,
            missingCount: scan.missingCount, unreferencedCount: scan.unreferencedCount, warningCount: warnings,
            wasRescan: wasRescan, unchanged: scan.unchanged)
    }
}
