import Foundation

/// Writes the items as RFC 4180 CSV for spreadsheets; the columns are documented in docs/csv-columns.md.
public enum CSVExport {
    /// The columns, in order; the first sixteen are the ones every consumer may rely on.
    public static let columns = [
        "platform", "media_type", "archive_path", "source", "album", "caption", "posted_at", "taken_at",
        "latitude", "longitude", "camera_make", "camera_model", "upload_ip", "file_exif", "visibility",
        "visibility_source", "was_public", "export", "file_status", "file_format", "exif_latitude",
        "exif_longitude", "exif_altitude", "exif_date_time_original", "exif_make", "exif_model",
        "exif_serial_number", "exif_lens_model", "exif_software", "json_taken_at", "ai_training", "ai_rule",
        "ai_reason",
    ]

    /// The byte order mark some spreadsheet programs need before they read a CSV as UTF-8.
    static let byteOrderMark = "\u{FEFF}"

    /// The whole CSV text for the `rows` every filter in `only` keeps, after a byte order mark if `bom`.
    public static func text(_ rows: [ItemRow], only: [CSVFilter] = [], bom: Bool = false) -> String {
        var out = (bom ? byteOrderMark : "") + line(columns)
        for row in rows where only.allSatisfy({ $0.keeps(row.item) }) { out += line(fields(row)) }
        return out
    }

    static func fields(_ row: ItemRow) -> [String] {
        let item = row.item
        return [
            row.platform.rawValue, item.mediaType, item.archivePath,
            row.sources.map(\.rawValue).joined(separator: ";"), item.album ?? "", item.caption ?? "",
            item.postedAt ?? "", item.takenAt ?? "", degrees(item.latitude), degrees(item.longitude),
            item.cameraMake ?? "", item.cameraModel ?? "", item.uploadIP ?? "", item.exifStatus, item.visibility,
            item.visibilitySource, item.wasPublic ?? "", row.exportName, item.fileStatus, item.fileFormat ?? "",
            degrees(item.exifLatitude), degrees(item.exifLongitude), number(item.exifAltitude),
            item.exifDateTimeOriginal ?? "", item.exifMake ?? "", item.exifModel ?? "", item.exifSerialNumber ?? "",
            item.exifLensModel ?? "", item.exifSoftware ?? "", item.jsonTakenAt ?? "", item.aiTraining ?? "",
            item.aiRule ?? "", item.aiReason ?? "",
        ]
    }

    /// Decimal degrees rounded to 7 places (about a centimetre), trailing zeros dropped.
    static func degrees(_ value: Double?) -> String {
        guard let value else { return "" }
        var text = String(format: "%.7f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }

    private static func number(_ value: Double?) -> String {
        value.map { degrees($0) } ?? ""
    }

    /// One CSV record: fields quoted only when they hold a comma, a quote or a line break.
    static func line(_ fields: [String]) -> String {
        fields.map { field in
            let special: (UInt8) -> Bool = { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0D || $0 == 0x0A }
            guard field.utf8.contains(where: special) else { return field }
            return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }.joined(separator: ",") + "\r\n"
    }
}

/// The rows a user can ask for with `--only`, so a CSV handed to a helper holds just what needs acting on.
public enum CSVFilter: String, Sendable, CaseIterable {
    /// Items Meta may train its AI on.
    case used
    /// Items everyone can see now.
    case `public`
    /// Items that tell where they were taken.
    case location

    func keeps(_ item: ItemRecord) -> Bool {
        switch self {
        case .used: item.aiTraining == "used"
        case .public: item.isPublic
        case .location: item.hasLocation
        }
    }
}
