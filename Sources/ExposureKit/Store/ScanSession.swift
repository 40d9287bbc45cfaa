import Foundation
import GRDB

/// One scan being stored: its export and scan rows exist from the start, so items and warnings are
/// written as they are read, and a scan that fails or is stopped is undone with its transaction.
final class ScanSession {
    private let db: Database
    private let result: ImportResult
    private var export: ExportRecord
    private var record: ScanRecord
    private let wasRescan: Bool
    private var warningCount = 0
    private let insertItem: Statement
    private let insertSource: Statement
    private let findItem: Statement

    /// Starts the scan's rows and stores what the JSON said about the account.
    init(
        archive: ExportArchive, result: ImportResult, startedAt: Date, stamp: String, partsStamp: String?, _ db: Database
    ) throws {
        self.db = db
        self.result = result
        let existing = try ScanWriter.export(named: archive.name, result.platform, db)
        wasRescan = existing != nil
        export = existing ?? ExportRecord(id: nil, platform: result.platform.rawValue, name: archive.name)
        if existing == nil { try export.insert(db) }
        record = ScanRecord(
            id: nil, exportId: export.id!, startedAt: Instant.text(startedAt), finishedAt: Instant.text(startedAt),
            parts: ScanWriter.partsText(archive.partPaths), layout: result.layout, jsonFiles: result.filesRead,
            itemCount: 0, missingCount: 0, unreferencedCount: 0, exportStamp: stamp, unchanged: false,
            partsStamp: partsStamp)
        try record.insert(db)
        insertItem = try ItemRecord.insertStatement(db)
        insertSource = try db.makeStatement(sql: "INSERT INTO itemSource (itemId, kind, jsonFile, uri, link) VALUES (?, ?, ?, ?, ?)")
        let columns = (["id"] + ItemRecord.columnNames).joined(separator: ", ")
        findItem = try db.makeStatement(sql: "SELECT \(columns) FROM item WHERE exportId = ? AND archivePath = ?")
        try db.execute(
            sql: "DELETE FROM itemSource WHERE itemId IN (SELECT id FROM item WHERE exportId = ?)", arguments: [export.id!])
        try replaceFacts()
        for warning in result.warnings { try warn(warning) }
        for path in archive.duplicatePaths {
            try warn(ScanWarning(file: path, message: "found in more than one part; the first part's copy was used"))
        }
    }

    /// The item stored for this file by the export's last scan, whose id it keeps and whose reading may be reused.
    func previous(_ path: String) throws -> ItemRecord? {
        guard wasRescan else { return nil }
        return try ItemRecord.fetchOne(findItem, arguments: [export.id!, path])
    }

    var scanId: Int64 { record.id! }

    func warn(_ warning: ScanWarning) throws {
        try ScanWarningRecord(scanId: record.id!, file: warning.file, message: warning.message).insert(db)
        warningCount += 1
    }

    /// Stores an item under the id `previous` gave it, or a new one.
    func write(_ item: ScannedItem, id: Int64?) throws {
        var stored = ItemRecord(item, exportId: export.id!, scanId: record.id!)
        stored.id = id
        if id == nil { try stored.insert(with: insertItem, db) } else { try stored.update(db) }
        for finding in item.findings {
            try insertSource.execute(arguments: [stored.id!, finding.kind.rawValue, finding.jsonFile, finding.uri, finding.link])
        }
        if item.findings.isEmpty {
            try insertSource.execute(arguments: [stored.id!, SourceKind.unreferenced.rawValue, "", "", nil])
        }
        record.itemCount += 1
        if item.entry == nil { record.missingCount += 1 }
        if item.findings.isEmpty { record.unreferencedCount += 1 }
    }

    /// Removes what the export no longer holds, brings facts, overrides and verdicts up to date, and sums up.
    func finish() throws -> ScanSummary {
        try db.execute(sql: "DELETE FROM item WHERE exportId = ? AND lastScanId <> ?", arguments: [export.id!, record.id!])
        record.finishedAt = Instant.text(Date())
        try record.update(db)
        let factsBefore = try OwnerFacts.policyFacts(db)
        try OwnerFacts.adopt(result.accountFacts, exportName: export.name, db)
        try VisibilityOverrides.applyAll(db)
        // Other exports' verdicts depend on this scan only through the owner's facts.
        let factsChanged = try OwnerFacts.policyFacts(db) != factsBefore
        try Verdicts.recompute(db, exportId: factsChanged ? nil : export.id)
        try ItemStates.record(scanId: record.id!, exportId: export.id!, db)
        return ScanWriter.summary(record, export: export, platform: result.platform, warnings: warningCount, wasRescan: wasRescan)
    }

    private func replaceFacts() throws {
        try AccountFactRecord.filter(Column("exportId") == export.id!).deleteAll(db)
        for fact in result.accountFacts {
            try AccountFactRecord(
                exportId: export.id!, name: fact.name, value: fact.value, file: fact.file, at: fact.at.map(Instant.text)
            ).insert(db)
        }
    }
}
