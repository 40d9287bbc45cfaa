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
    }

    /// Writes the scan; returns whether the export was already in the database.
    static func write(_ scan: Scan, _ db: Database) throws -> Bool {
        let platform = scan.result.platform.rawValue
        var export = try ExportRecord.filter(Column("platform") == platform && Column("name") == scan.archive.name)
            .fetchOne(db)
        let wasRescan = export != nil
        if export == nil {
            var inserted = ExportRecord(id: nil, platform: platform, name: scan.archive.name)
            try inserted.insert(db)
            export = inserted
        }
        let exportId = export!.id!
        let scanId = try insertScan(scan, exportId: exportId, db)
        try replaceFacts(scan.result.accountFacts, exportId: exportId, db)
        try writeItems(scan.items, exportId: exportId, scanId: scanId, db)
        return wasRescan
    }

    private static func insertScan(_ scan: Scan, exportId: Int64, _ db: Database) throws -> Int64 {
        let parts = String(decoding: try JSONEncoder().encode(scan.archive.partPaths), as: UTF8.self)
        var record = ScanRecord(
            id: nil, exportId: exportId, startedAt: Instant.text(scan.startedAt), finishedAt: Instant.text(Date()),
            parts: parts, layout: scan.result.layout, jsonFiles: scan.result.filesRead, itemCount: scan.items.count,
            missingCount: scan.items.count { $0.entry == nil },
            unreferencedCount: scan.items.count { $0.findings.isEmpty })
        try record.insert(db)
        for warning in scan.warnings {
            try ScanWarningRecord(scanId: record.id!, file: warning.file, message: warning.message).insert(db)
        }
        return record.id!
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
        for item in items {
            var record = ItemRecord(item, exportId: exportId, scanId: scanId)
            record.id = existing[item.path]
            try record.save(db)
            for finding in item.findings {
                try ItemSourceRecord(
                    itemId: record.id!, kind: finding.kind.rawValue, jsonFile: finding.jsonFile, uri: finding.uri
                ).insert(db)
            }
            if item.findings.isEmpty {
                try ItemSourceRecord(itemId: record.id!, kind: SourceKind.unreferenced.rawValue, jsonFile: "", uri: "")
                    .insert(db)
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
