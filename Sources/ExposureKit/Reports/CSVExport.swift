import Foundation
import GRDB

/// Writes the items as RFC 4180 CSV for spreadsheets; the columns are documented in docs/csv-columns.md.
public enum CSVExport {
    /// The columns, in order; the first sixteen are the ones every consumer may rely on.
    public static let columns = [
        "platform", "media_type", "archive_path", "source", "album", "caption", "posted_at", "taken_at",
        "latitude", "longitude", "camera_make", "camera_model", "upload_ip", "file_exif", "visibility",
        "visibility_source", "was_public", "export", "file_status", "file_format", "exif_latitude",
        "exif_longitude", "exif_altitude", "exif_date_time_original", "exif_make", "exif_model",
        "exif_serial_number", "exif_lens_model", "exif_software", "json_taken_at", "ai_training", "ai_rule",
        "ai_reason", "file_captured_at", "file_capture_source", "file_container_created_at", "file_location_source",
        "file_device_name", "file_duration_s", "file_width", "file_height", "file_timed_metadata",
        "time_source", "time_precision", "time_text",
    ]

    /// The byte order mark some spreadsheet programs need before they read a CSV as UTF-8.
    static let byteOrderMark = "\u{FEFF}"

    /// The whole CSV text for the `rows` every filter in `only` keeps, after a byte order mark if `bom`.
    public static func text(_ rows: [ItemRow], only: [CSVFilter] = [], bom: Bool = false) -> String {
        var out = header(bom: bom)
        for row in rows where keeps(row, only) { out += line(fields(row)) }
        return out
    }

    /// Writes the same text as `text` for every item in the database, a few hundred lines at a time,
    /// so memory does not grow with the number of items.
    public static func write(_ db: Database, only: [CSVFilter] = [], bom: Bool = false, to writer: OutputFile.Writer) throws {
        try writer.write(header(bom: bom))
        try ItemWriter.overlapping(write: { row in try writer.write { append(fields(row), to: &$0) } }) { add in
            try ItemRow.forEach(db) { row in
                if keeps(row, only) { try add(row) }
            }
        }
    }

    private static func header(bom: Bool) -> String {
        (bom ? byteOrderMark : "") + line(columns)
    }

    private static func keeps(_ row: ItemRow, _ only: [CSVFilter]) -> Bool {
        only.allSatisfy { $0.keeps(row.item) }
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
            item.aiRule ?? "", item.aiReason ?? "", item.videoCapturedAt ?? "", item.videoCaptureSource ?? "",
            item.videoContainerCreatedAt ?? "", item.videoLocationSource ?? "", item.videoDeviceName ?? "",
            number(item.videoDuration), item.videoWidth.map(String.init) ?? "", item.videoHeight.map(String.init) ?? "",
            item.videoTimedMetadata ?? "", item.timeSource ?? "", item.timePrecision ?? "", item.timeText ?? "",
        ]
    }

    /// Decimal degrees rounded to 7 places (about a centimetre), trailing zeros dropped.
    static func degrees(_ value: Double?) -> String {
        guard let value else { return "" }
        var text = fixed7(value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }

    /// `String(format: "%.7f", value)` through C's formatter directly: Foundation's costs a tenth of
    /// the CSV's time for the same digits.
    private static func fixed7(_ value: Double) -> String {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: 512) { buffer in
            let length = withVaList([value]) { vsnprintf(buffer.baseAddress, buffer.count, "%.7f", $0) }
            return String(decoding: UnsafeRawBufferPointer(start: buffer.baseAddress, count: Int(min(length, 511))), as: UTF8.self)
        }
    }

    private static func number(_ value: Double?) -> String {
        value.map { degrees($0) } ?? ""
    }

    /// One CSV record: fields quoted only when they hold a comma, a quote or a line break.
    static func line(_ fields: [String]) -> String {
        var bytes: [UInt8] = []
        append(fields, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the bytes of `line(fields)`, so a large CSV is written without a String per line.
    static func append(_ fields: [String], to bytes: inout [UInt8]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            var field = field
            field.withUTF8 { append(field: $0, to: &bytes) }
        }
        bytes.append(contentsOf: [0x0D, 0x0A])
    }

    private static func append(field: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
        let quote = UInt8(ascii: "\"")
        guard field.contains(where: { $0 == UInt8(ascii: ",") || $0 == quote || $0 == 0x0D || $0 == 0x0A }) else {
            bytes.append(contentsOf: field)
            return
        }
        bytes.append(quote)
        for byte in field {
            bytes.append(byte)
            if byte == quote { bytes.append(quote) }
        }
        bytes.append(quote)
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
