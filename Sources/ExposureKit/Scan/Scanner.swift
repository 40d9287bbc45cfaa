import Foundation

/// What one scan found, for the command to tell the user.
public struct ScanSummary: Sendable {
    public var exportName: String
    public var platform: Platform
    public var layout: String
    public var itemCount: Int
    public var missingCount: Int
    public var unreferencedCount: Int
    public var warnings: [ScanWarning]
    /// True when the export had been scanned into this database before.
    public var wasRescan: Bool
}

/// Reads an export and stores what it reveals, in one transaction so a failed scan changes nothing.
public struct Scanner {
    private let database: ExposureDatabase

    public init(database: ExposureDatabase) {
        self.database = database
    }

    /// Scans the parts of one export; throws a user-facing error and leaves the database as it was.
    public func scan(paths: [String]) throws -> ScanSummary {
        try scan(ExportArchive(paths: paths))
    }

    /// Scans an export that is already open.
    public func scan(_ archive: ExportArchive) throws -> ScanSummary {
        let started = Date()
        let platform = try ExportKind.platform(of: archive)
        let result = platform == .facebook
            ? FacebookImporter(archive: archive).run() : InstagramImporter(archive: archive).run()
        try requireReadableJSON(result)
        var warnings = result.warnings + archive.duplicatePaths.map {
            ScanWarning(file: $0, message: "found in more than one part; the first part's copy was used")
        }
        var items = ItemAssembler.items(archive: archive, result: result)
        for index in items.indices {
            try inspect(&items[index], in: archive, warnings: &warnings)
            applyVisibility(&items[index], result: result)
        }
        warnings += items.filter { $0.entry == nil }.map {
            ScanWarning(file: $0.path, message: "named by \($0.findings[0].jsonFile) but not in the export")
        }
        let scan = ScanWriter.Scan(
            archive: archive, result: result, items: items, warnings: warnings, startedAt: started)
        let wasRescan = try database.write { db in try ScanWriter.write(scan, db) }
        return ScanSummary(
            exportName: archive.name, platform: platform, layout: result.layout, itemCount: items.count,
            missingCount: items.count { $0.entry == nil }, unreferencedCount: items.count { $0.findings.isEmpty },
            warnings: warnings, wasRescan: wasRescan)
    }

    /// An export of which not one JSON file could be read is an error, not an empty scan.
    private func requireReadableJSON(_ result: ImportResult) throws {
        guard result.filesRead == 0, let first = result.warnings.first else { return }
        throw ExportError.unreadableJSON(first.file, first.message)
    }

    private func inspect(_ item: inout ScannedItem, in archive: ExportArchive, warnings: inout [ScanWarning]) throws {
        guard let entry = item.entry else {
            item.inspection = FileInspection(format: .unknown, status: .missing)
            return
        }
        let inspection = try FileInspector.inspect(entry, in: archive)
        if let problem = inspection.problem, inspection.status == .unreadable {
            warnings.append(ScanWarning(file: entry.path, message: problem))
        }
        item.inspection = inspection
    }

    private func applyVisibility(_ item: inout ScannedItem, result: ImportResult) {
        switch result.platform {
        case .facebook: VisibilityRules.facebook(&item)
        case .instagram: VisibilityRules.instagram(&item, facts: result.accountFacts)
        }
    }
}
