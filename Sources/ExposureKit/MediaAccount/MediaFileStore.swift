import Foundation
import GRDB

/// Keeps each scan's media-file tally, so reports show it for the export's latest scan, and warns
/// of every unexplained file.
enum MediaFileStore {
    /// The table, one row per scan that accounted for its media files.
    static func createTable(_ db: Database) throws {
        try db.create(table: "scanMediaFiles") { t in
            t.primaryKey("scanId", .integer).references("scan", onDelete: .cascade)
            t.column("tally", .text).notNull()
        }
    }

    /// Stores the tally with the scan, and a warning for each file nothing explains.
    static func save(_ tally: MediaFileTally, in session: ScanSession, _ db: Database) throws {
        let text = String(decoding: try JSONEncoder().encode(tally), as: UTF8.self)
        try db.execute(sql: "INSERT INTO scanMediaFiles (scanId, tally) VALUES (?, ?)", arguments: [session.scanId, text])
        for file in tally.unexplained {
            try session.warn(ScanWarning(
                file: file.file,
                message: "a media file named only by \(file.namedBy), where no reader of Exposure looks; listed as unreferenced"))
        }
    }

    /// The tally of the export's latest scan that made one; nil for exports scanned before tallies existed.
    static func latest(exportId: Int64, _ db: Database) throws -> MediaFileTally? {
        let sql = """
            SELECT m.tally FROM scanMediaFiles m JOIN scan s ON s.id = m.scanId
            WHERE s.exportId = ? ORDER BY s.id DESC LIMIT 1
            """
        guard let text = try String.fetchOne(db, sql: sql, arguments: [exportId]) else { return nil }
        return try? JSONDecoder().decode(MediaFileTally.self, from: Data(text.utf8))
    }
}
