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
}

/// Reads an export and stores what it reveals, in one transaction so a failed or stopped scan
/// changes nothing.
public struct Scanner {
    /// Bump when a change to the importers should make unchanged exports be read again.
    static let readerVersion = "exposure-0.1.0"

    private let database: ExposureDatabase
    private let progress: ScanProgress
    private let workers: Int

    public init(database: ExposureDatabase, progress: ScanProgress = ScanProgress(),
                workers: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.database = database
        self.progress = progress
        self.workers = workers
    }

    /// Scans the parts of one export; throws a user-facing error and leaves the database as it was.
    public func scan(paths: [String], rereadAll: Bool = false) throws -> ScanSummary {
        let started = Date()
        let partsStamp = PartsStamp.of(paths, readerVersion: Self.readerVersion)
        if !rereadAll, let partsStamp, let unchanged = try database.write({ db in
            try ScanWriter.recordUnchanged(partsStamp: partsStamp, parts: paths, startedAt: started, db)
        }) {
            return unchanged
        }
        return try scan(ExportArchive(paths: paths), rereadAll: rereadAll, partsStamp: partsStamp)
    }

    /// Scans an export that is already open; `rereadAll` reads every file again even if unchanged.
    public func scan(_ archive: ExportArchive, rereadAll: Bool = false, partsStamp: String? = nil) throws -> ScanSummary {
        let started = Date()
        let platform = try ExportKind.platform(of: archive)
        let stamp = StableHash.of(Self.readerVersion, archive.stamp)
        if !rereadAll, let unchanged = try database.write({ db in
            try ScanWriter.recordUnchanged(archive: archive, platform: platform, stamp: stamp, startedAt: started, db)
        }) {
            return unchanged
        }
        let result = platform == .facebook
            ? FacebookImporter(archive: archive).run() : InstagramImporter(archive: archive).run()
        try requireReadableJSON(result)
        if progress.isCancelled() { throw ScanCancelled() }
        var items = ItemAssembler.items(archive: archive, result: result)
        var warnings = result.warnings + archive.duplicatePaths.map {
            ScanWarning(file: $0, message: "found in more than one part; the first part's copy was used")
        }
        warnings += try inspect(&items, archive: archive, platform: platform, reuse: !rereadAll)
        for index in items.indices { applyVisibility(&items[index], result: result) }
        warnings += items.filter { $0.entry == nil }.map {
            ScanWarning(file: $0.path, message: "named by \($0.findings[0].jsonFile) but not in the export")
        }
        let scan = ScanWriter.Scan(
            archive: archive, result: result, items: items, warnings: warnings, startedAt: started, stamp: stamp,
            partsStamp: partsStamp)
        if progress.isCancelled() { throw ScanCancelled() }
        return try database.write { db in try ScanWriter.write(scan, db) }
    }

    /// An export of which not one JSON file could be read is an error, not an empty scan.
    private func requireReadableJSON(_ result: ImportResult) throws {
        guard result.filesRead == 0, let first = result.warnings.first else { return }
        throw ExportError.unreadableJSON(first.file, first.message)
    }

    /// Reads every present file's EXIF, reusing the last scan's reading of files whose stamp is unchanged.
    private func inspect(
        _ items: inout [ScannedItem], archive: ExportArchive, platform: Platform, reuse: Bool
    ) throws -> [ScanWarning] {
        let known = reuse ? try database.read { db in try ScanWriter.previousReadings(archive.name, platform, db) } : [:]
        var toRead: [Int] = []
        for index in items.indices {
            guard let entry = items[index].entry else {
                items[index].inspection = FileInspection(format: .unknown, status: .missing)
                continue
            }
            if let previous = known[entry.path], previous.stamp == entry.stamp {
                items[index].inspection = previous.inspection
            } else {
                toRead.append(index)
            }
        }
        progress.start(total: toRead.count)
        let pool = InspectionPool(archive: archive, workers: workers, progress: progress)
        let readings = try pool.inspect(toRead.map { items[$0].entry! })
        var warnings: [ScanWarning] = []
        for (index, reading) in zip(toRead, readings) {
            items[index].inspection = reading
            if reading.status == .unreadable, let problem = reading.problem {
                warnings.append(ScanWarning(file: items[index].path, message: problem))
            }
        }
        return warnings
    }

    private func applyVisibility(_ item: inout ScannedItem, result: ImportResult) {
        switch result.platform {
        case .facebook: VisibilityRules.facebook(&item)
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
