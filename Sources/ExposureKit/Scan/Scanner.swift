import Foundation
import GRDB

/// What one scan found, for the command to tell the user.
public struct ScanSummary: Sendable {
    public var exportName: String
    public var platform: Platform
    public var layout: String
    public var itemCount: Int
    public var missingCount: Int
    public var unreferencedCount: Int
    public var warningCount: Int
    /// True when the export had been scanned into this database before.
    public var wasRescan: Bool
    /// True when nothing in the export had changed since the last scan, so nothing was read again.
    public var unchanged: Bool
    /// Every media file accounted for; nil when nothing was read again.
    public var mediaFiles: MediaFileTally? = nil
}

/// Reads an export and stores what it reveals, in one transaction so a failed or stopped scan
/// changes nothing.
public struct Scanner {
    /// Bump when a change to the importers should make unchanged exports be read again.
    static let readerVersion = "exposure-0.1.2"

    private let database: ExposureDatabase
    private let progress: ScanProgress
    private let workers: Int

    public init(database: ExposureDatabase, progress: ScanProgress = ScanProgress(),
                workers: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.database = database
        self.progress = progress
        self.workers = workers
    }

    /// Scans every export among `paths` (a Facebook and an Instagram download may come together), one
    /// summary per export; throws a user-facing error and leaves the database as it was.
    public func scan(paths: [String], rereadAll: Bool = false) throws -> [ScanSummary] {
        let exports = try ExportParts.group(paths)
        return try database.write { db in
            try exports.map { try scanExport(parts: $0, rereadAll: rereadAll, db) }
        }
    }

    /// Scans an export that is already open; `rereadAll` reads every file again even if unchanged.
    public func scan(_ archive: ExportArchive, rereadAll: Bool = false) throws -> ScanSummary {
        try database.write { db in try scan(archive, rereadAll: rereadAll, partsStamp: nil, db) }
    }

    /// Items stored per round of EXIF reading: enough to keep both cores busy, few enough to keep memory flat.
    static let batchSize = 256

    /// Recognises zips unchanged since the export's last scan before opening them.
    private func scanExport(parts: [String], rereadAll: Bool, _ db: Database) throws -> ScanSummary {
        let partsStamp = PartsStamp.of(parts, readerVersion: Self.readerVersion)
        if !rereadAll, let partsStamp,
           let unchanged = try ScanWriter.recordUnchanged(partsStamp: partsStamp, parts: parts, startedAt: Date(), db) {
            return unchanged
        }
        return try scan(ExportArchive(paths: parts), rereadAll: rereadAll, partsStamp: partsStamp, db)
    }

    private func scan(_ archive: ExportArchive, rereadAll: Bool, partsStamp: String?, _ db: Database) throws -> ScanSummary {
        let started = Date()
        let kind = try ExportKind.of(archive)
        let platform = kind.platform
        let stamp = StableHash.of(Self.readerVersion, archive.stamp)
        if !rereadAll, let unchanged = try ScanWriter.recordUnchanged(
            archive: archive, platform: platform, stamp: stamp, partsStamp: partsStamp, startedAt: started, db) {
            return unchanged
        }
        let ledger = try FindingLedger(archive: archive, db)
        let result = try kind.read(archive, into: ledger)
        try requireReadableJSON(result)
        if progress.isCancelled() { throw ScanCancelled() }
        let media = try MediaFileAccount.tally(archive, isNamed: ledger.isNamed, unreadJSON: Set(result.warnings.map(\.file)))
        let session = try ScanSession(
            archive: archive, result: result, startedAt: started, stamp: stamp, partsStamp: partsStamp, db)
        try MediaFileStore.save(media, in: session, db)
        if let empty = ledger.emptyFiles() { try session.warn(empty) }
        progress.start(total: try ledger.fileCount())
        let pool = try InspectionPool(archive: archive, workers: workers, progress: progress)
        try storeItems(of: ledger, session: session, pool: pool, result: result, reuse: !rereadAll)
        try ledger.close()
        if progress.isCancelled() { throw ScanCancelled() }
        var summary = try session.finish()
        summary.mediaFiles = media
        return summary
    }

    /// Stores every item, the workers reading one batch's files while this thread stores the batch before.
    private func storeItems(
        of ledger: FindingLedger, session: ScanSession, pool: InspectionPool, result: ImportResult, reuse: Bool
    ) throws {
        var reading: BatchReading?
        defer { reading?.pending.finish() }
        try ledger.forEachBatch(of: Self.batchSize) { batch in
            let previous = reading
            reading = try startReading(batch, session: session, pool: pool, reuse: reuse)
            if let previous { try store(previous, session: session, result: result) }
        }
        if let last = reading {
            reading = nil
            try store(last, session: session, result: result)
        }
    }

    /// An export of which not one JSON file could be read is an error, not an empty scan.
    private func requireReadableJSON(_ result: ImportResult) throws {
        guard result.filesRead == 0, let first = result.warnings.first else { return }
        throw ExportError.unreadableJSON(first.file, first.message)
    }

    /// A batch whose earlier readings are filled in and whose other files the workers are reading.
    private struct BatchReading {
        var items: [ScannedItem]
        var ids: [Int64?]
        var toRead: [Int]
        var pending: PendingInspection
    }

    /// Reuses the last scan's reading of files whose stamp is unchanged and starts reading the rest.
    private func startReading(
        _ batch: [ScannedItem], session: ScanSession, pool: InspectionPool, reuse: Bool
    ) throws -> BatchReading {
        var items = batch
        var ids: [Int64?] = []
        var toRead: [Int] = []
        for index in items.indices {
            let previous = try session.previous(items[index].path)
            ids.append(previous?.id)
            guard let entry = items[index].entry else {
                items[index].inspection = FileInspection(format: .unknown, status: .missing)
                continue
            }
            if reuse, let previous, previous.fileStamp == entry.stamp, let inspection = previous.inspection {
                items[index].inspection = inspection
                progress.advance(files: 1, bytes: 0)
            } else {
                toRead.append(index)
            }
        }
        let pending = pool.start(toRead.map { items[$0].entry! })
        return BatchReading(items: items, ids: ids, toRead: toRead, pending: pending)
    }

    /// Waits for the batch's readings and stores its items.
    private func store(_ batch: BatchReading, session: ScanSession, result: ImportResult) throws {
        var items = batch.items
        for (index, reading) in zip(batch.toRead, try batch.pending.wait()) {
            items[index].inspection = reading
        }
        for index in items.indices {
            applyVisibility(&items[index], result: result)
            try warnings(of: items[index]).forEach(session.warn)
            try session.write(items[index], id: batch.ids[index])
        }
    }

    private func warnings(of item: ScannedItem) -> [ScanWarning] {
        if item.entry == nil {
            return [ScanWarning(file: item.path, message: "named by \(item.findings[0].jsonFile) but not in the export")]
        }
        if item.inspection?.status == .unreadable, let problem = item.inspection?.problem {
            return [ScanWarning(file: item.path, message: problem)]
        }
        return []
    }

    private func applyVisibility(_ item: inout ScannedItem, result: ImportResult) {
        switch result.platform {
        case .facebook: VisibilityRules.facebook(&item, facts: result.accountFacts)
        case .instagram: VisibilityRules.instagram(&item, facts: result.accountFacts)
        }
    }
}

extension StableHash {
    /// One hash of several texts.
    static func of(_ texts: String...) -> String {
        var hash = StableHash()
        for text in texts { hash.add(text + "\n") }
        return hash.hex
    }
}
