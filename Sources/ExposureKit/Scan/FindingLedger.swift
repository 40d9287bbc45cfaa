import Foundation
import GRDB

/// The findings of one scan, kept in a temporary table of the scan's transaction while the JSON is
/// read, then handed back one item at a time in path order.
///
/// A 30,000-photo export yields tens of thousands of findings; held as Swift values they were the
/// largest part of a scan's memory.
final class FindingLedger: FindingSink {
    private let db: Database
    private let archive: ExportArchive
    private let insert: Statement
    /// By position in `archive.entries`: whether the JSON names the file, as an item or a thumbnail.
    private var named: [Bool]
    /// The first storage error, reported when the current file ends.
    private var failure: Error?

    init(archive: ExportArchive, _ db: Database) throws {
        self.db = db
        self.archive = archive
        named = Array(repeating: false, count: archive.entries.count)
        try db.execute(sql: "DROP TABLE IF EXISTS temp.scanFinding")
        try db.execute(sql: "CREATE TEMP TABLE scanFinding (\(LedgerRow.columns.joined(separator: ", ")))")
        let placeholders = Array(repeating: "?", count: LedgerRow.columns.count).joined(separator: ", ")
        insert = try db.makeStatement(sql: "INSERT INTO temp.scanFinding VALUES (\(placeholders))")
    }

    func add(_ finding: Finding) {
        guard failure == nil else { return }
        let position = archive.position(resolving: finding.uri)
        let entry = position.map { archive.entries[$0] }
        if let position { named[position] = true }
        do {
            try insert.execute(arguments: LedgerRow.arguments(finding, path: entry?.path ?? finding.uri, present: entry != nil))
        } catch {
            failure = error
        }
    }

    /// Whether a reader named the file at this position of `archive.entries`.
    func isNamed(_ position: Int) -> Bool { named[position] }

    func addAncillary(_ uri: String) {
        if let position = archive.position(resolving: uri) { named[position] = true }
    }

    func file(_ read: () throws -> Void) throws -> Error? {
        let before = named
        do {
            try db.inSavepoint {
                try read()
                if let failure { throw failure }
                return .commit
            }
            return nil
        } catch {
            if let failure { throw failure }
            named = before
            return error
        }
    }

    /// How many files the scan reads: those the JSON names that the export holds, and the media it does not name.
    func fileCount() throws -> Int {
        let named = try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT path) FROM temp.scanFinding WHERE present") ?? 0
        return named + archive.entries.indices.count(where: isUnreferenced)
    }

    /// One warning for the empty media files no JSON names, which are left out rather than recorded one by one.
    func emptyFiles() -> ScanWarning? {
        let empty = archive.entries.indices.filter { !named[$0] && archive.entries[$0].size == 0 && MediaFiles.looksLikeMedia(archive.entries[$0]) }
        guard let first = empty.first.map({ archive.entries[$0] }) else { return nil }
        let files = empty.count == 1 ? "1 empty file" : "\(empty.count) empty files"
        return ScanWarning(
            file: archive.reader.partPath(of: first),
            message: "\(files) that no JSON mentions left out, such as \(first.path); Meta's exports hold no empty photos or videos")
    }

    private func isUnreferenced(_ position: Int) -> Bool {
        !named[position] && MediaFiles.isPostedMedia(archive.entries[position])
    }

    /// Every item, `size` at a time: the files the JSON names (those the export holds, then those
    /// it lacks), then the media it does not name.
    func forEachBatch(of size: Int, _ body: ([ScannedItem]) throws -> Void) throws {
        var batch: [ScannedItem] = []
        func add(_ item: ScannedItem) throws {
            batch.append(item)
            if batch.count == size { try body(batch); batch.removeAll(keepingCapacity: true) }
        }
        try forEachNamedItem { try add($0) }
        for position in archive.entries.indices where isUnreferenced(position) {
            let entry = archive.entries[position]
            try add(ScannedItem(path: entry.path, entry: entry, findings: []))
        }
        if !batch.isEmpty { try body(batch) }
    }

    /// Groups the table's rows by file, in path order; present files first.
    private func forEachNamedItem(_ body: (ScannedItem) throws -> Void) throws {
        let rows = try Row.fetchCursor(db, sql: "SELECT * FROM temp.scanFinding ORDER BY present DESC, path, rowid")
        var path: String?
        var present = false
        var findings: [Finding] = []
        func flush() throws {
            guard let path else { return }
            try body(ScannedItem(path: path, entry: present ? archive.entry(at: path) : nil, findings: findings))
            findings.removeAll(keepingCapacity: true)
        }
        while let row = try rows.next() {
            let rowPath: String = row[LedgerRow.path]
            let rowPresent: Bool = row[LedgerRow.present]
            if rowPath != path || rowPresent != present {
                try flush()
                (path, present) = (rowPath, rowPresent)
            }
            findings.append(LedgerRow.finding(row))
        }
        try flush()
    }

    /// Drops the temporary table once the items are stored.
    func close() throws {
        try db.execute(sql: "DROP TABLE temp.scanFinding")
    }
}
