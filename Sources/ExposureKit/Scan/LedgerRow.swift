import Foundation
import GRDB

/// A finding as one row of the scan's temporary table, and back.
enum LedgerRow {
    /// The table's columns, in the order of `arguments`.
    static let columns = [
        "path TEXT NOT NULL", "present INTEGER NOT NULL", "uri TEXT NOT NULL", "kind TEXT NOT NULL",
        "jsonFile TEXT NOT NULL", "album TEXT", "mediaTitle TEXT", "caption TEXT", "postedAt REAL", "createdAt REAL",
        "mediaType TEXT", "hasKept INTEGER NOT NULL", "takenAt REAL", "takenAtText TEXT", "cameraMake TEXT",
        "cameraModel TEXT", "latitude REAL", "longitude REAL", "uploadIP TEXT", "keptFields TEXT", "link TEXT",
        "shownText TEXT", "shownPrecision TEXT", "shownZoned INTEGER",
    ]
    static let path = 0
    static let present = 1

    static func arguments(_ finding: Finding, path: String, present: Bool) -> StatementArguments {
        let kept = finding.kept
        return [
            path, present, finding.uri, finding.kind.rawValue, finding.jsonFile, finding.album, finding.mediaTitle,
            finding.caption, finding.postedAt?.timeIntervalSince1970, finding.createdAt?.timeIntervalSince1970,
            finding.mediaType?.rawValue, kept != nil, kept?.takenAt?.timeIntervalSince1970, kept?.takenAtText,
            kept?.cameraMake, kept?.cameraModel, kept?.latitude, kept?.longitude, kept?.uploadIP,
            kept?.fieldsText, finding.link, finding.shown?.text, finding.shown?.precision.rawValue, finding.shown?.zoned,
        ]
    }

    static func finding(_ row: Row) -> Finding {
        var finding = Finding(uri: row[2], kind: SourceKind(rawValue: row[3]) ?? .post, jsonFile: row[4])
        finding.album = row[5]
        finding.mediaTitle = row[6]
        finding.caption = row[7]
        finding.postedAt = date(row[8])
        finding.createdAt = date(row[9])
        finding.mediaType = (row[10] as String?).flatMap(MediaType.init)
        if row[11] as Bool { finding.kept = kept(row) }
        finding.link = row[20]
        if let text = row[21] as String?, let precision = (row[22] as String?).flatMap(TimePrecision.init) {
            finding.shown = ShownTime(text: text, precision: precision, zoned: row[23])
        }
        return finding
    }

    private static func kept(_ row: Row) -> KeptMetadata {
        var kept = KeptMetadata()
        kept.takenAt = date(row[12])
        kept.takenAtText = row[13]
        kept.cameraMake = row[14]
        kept.cameraModel = row[15]
        kept.latitude = row[16]
        kept.longitude = row[17]
        kept.uploadIP = row[18]
        if let text = row[19] as String? { kept.fieldsText = text }
        return kept
    }

    private static func date(_ seconds: Double?) -> Date? {
        seconds.map { Date(timeIntervalSince1970: $0) }
    }
}
