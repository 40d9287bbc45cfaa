import GRDB

/// One side of a diff: an export's items as they are now, or as one of its scans left them.
public struct DiffSide: Sendable {
    var exportId: Int64
    public var platform: Platform
    public var exportName: String
    /// The scan named by the user; nil for the export's state now.
    public var scanId: Int64?
    /// When the export was last scanned, or when the named scan ended.
    public var scannedAt: String?
    /// For the export's state now, its last scan that kept a copy: the one to name to see what answers changed since.
    public var lastKeptScanId: Int64?
    public var items: [ItemState] = []

    /// How the side is named to the user.
    public var label: String {
        scanId.map { "scan \($0) of \(exportName)" } ?? exportName
    }

    /// Reads the side's items.
    mutating func load(_ db: Database) throws {
        if let scanId {
            items = try ItemStates.at(scanId: scanId, db)
        } else {
            items = try ItemStates.now(exportId: exportId, db)
        }
    }
}

/// Turns what the user typed (nothing, a scan number, or export names) into the two sides, or a plain
/// error; reads only, so a bad name leaves the database as it was.
public enum DiffSides {
    public static func resolve(_ names: [String], _ db: Database) throws -> (old: DiffSide, new: DiffSide) {
        let exports = try ExportRecord.inReportOrder(db)
        guard !exports.isEmpty else { throw DiffError.noExports() }
        let (old, new): (DiffSide, DiffSide)
        switch names.count {
        case 0: (old, new) = try latestTwo(exports, db)
        case 1:
            old = try side(names[0], exports, db)
            new = try now(of: exports.first { $0.id == old.exportId }!, old.platform, db)
        case 2: (old, new) = (try side(names[0], exports, db), try side(names[1], exports, db))
        default: throw DiffError.tooMany()
        }
        guard old.platform == new.platform else { throw DiffError.platforms(old, new) }
        guard old.exportId != new.exportId || old.scanId != new.scanId else { throw DiffError.sameSide(old) }
        return (old, new)
    }

    /// An export's name, else a scan's number.
    private static func side(_ name: String, _ exports: [ExportRecord], _ db: Database) throws -> DiffSide {
        if let export = exports.first(where: { $0.name == name }), let platform = Platform(rawValue: export.platform) {
            return try now(of: export, platform, db)
        }
        guard let id = Int64(name), let scan = try ScanRecord.fetchOne(db, sql: "SELECT * FROM scan WHERE id = ?", arguments: [id]),
              let export = exports.first(where: { $0.id == scan.exportId }), let platform = Platform(rawValue: export.platform)
        else { throw DiffError.unknownSide(name, known: exports.map(\.name)) }
        guard try ItemStates.kept(scanId: id, db) else {
            let lastKept = try ItemStates.lastKept(exportId: export.id!, db)
            throw DiffError.noCopy(scan: id, export: export.name, unchanged: scan.unchanged, lastKept: lastKept)
        }
        return DiffSide(exportId: export.id!, platform: platform, exportName: export.name, scanId: id, scannedAt: scan.finishedAt)
    }

    private static func now(of export: ExportRecord, _ platform: Platform, _ db: Database) throws -> DiffSide {
        let finished = try String.fetchOne(
            db, sql: "SELECT finishedAt FROM scan WHERE exportId = ? ORDER BY id DESC LIMIT 1", arguments: [export.id!])
        return DiffSide(exportId: export.id!, platform: platform, exportName: export.name, scannedAt: finished,
                        lastKeptScanId: try ItemStates.lastKept(exportId: export.id!, db))
    }

    /// The export scanned last and the one before it of the same platform and account, ordered by the
    /// day in their names (else by when they were first scanned).
    private static func latestTwo(_ exports: [ExportRecord], _ db: Database) throws -> (DiffSide, DiffSide) {
        let lastScanned = try Int64.fetchOne(db, sql: "SELECT exportId FROM scan ORDER BY id DESC LIMIT 1")
        guard let latest = exports.first(where: { $0.id == lastScanned }) ?? exports.last,
              let platform = Platform(rawValue: latest.platform)
        else { throw DiffError.noExports() }
        let account = ExportName(latest.name).account
        let firstScans = try Dictionary(
            Row.fetchAll(db, sql: "SELECT exportId, MIN(id) FROM scan GROUP BY exportId").map { ($0[0] as Int64, $0[1] as Int64) },
            uniquingKeysWith: { $1 })
        let group = exports
            .filter { $0.platform == latest.platform && ExportName($0.name).account == account }
            .sorted { (ExportName($0.name).day ?? "", firstScans[$0.id!] ?? 0) < (ExportName($1.name).day ?? "", firstScans[$1.id!] ?? 0) }
        guard group.count >= 2 else { throw DiffError.onlyOne(latest.name, account: account) }
        return (try now(of: group[group.count - 2], platform, db), try now(of: group[group.count - 1], platform, db))
    }
}
