import Foundation

/// One inspected file under the path the user gave, so reports name files the way the user did.
public struct InspectedFile: Sendable, Equatable {
    public var path: String
    public var inspection: FileInspection

    /// Pairs an inspection with the path as the user typed it.
    public init(path: String, inspection: FileInspection) {
        self.path = path
        self.inspection = inspection
    }
}

/// Renders inspections for `exposure inspect`; kept in the kit so the command stays thin and testable.
public enum InspectionReport {
    /// One JSON array, one object per file, with only the keys that have a value.
    public static func json(_ files: [InspectedFile]) -> String {
        let objects = files.map { "  " + JSONObject(fields(of: $0)).rendered }
        return objects.isEmpty ? "[]" : "[\n" + objects.joined(separator: ",\n") + "\n]"
    }

    /// A plain-language block: format, EXIF status, each field present, and a one-line takeaway.
    public static func text(_ file: InspectedFile) -> String {
        let inspection = file.inspection
        let label = inspection.video == nil ? "EXIF" : "Metadata"
        var lines = [file.path, "  Format: \(displayName(inspection.format))", "  \(label): \(statusText(inspection))"]
        if let exif = inspection.exif { lines += fieldLines(exif, video: inspection.video != nil).map { "  " + $0 } }
        if let video = inspection.video { lines += VideoReport.lines(video).map { "  " + $0 } }
        if inspection.status != .unreadable, let problem = inspection.problem { lines.append("  Not read: " + problem) }
        lines.append("  → " + takeaway(inspection))
        return lines.joined(separator: "\n")
    }

    /// The one sentence a user should remember about this file.
    public static func takeaway(_ inspection: FileInspection) -> String {
        switch inspection.status {
        case .unreadable where inspection.video != nil: return "Exposure could not read this video's metadata."
        case .unreadable: return "Exposure could not read this file's metadata."
        case .unsupported: return "Exposure does not read metadata from \(displayName(inspection.format)) files."
        case .missing: return "The export names this file but does not contain it."
        case .no: return inspection.video.map(VideoReport.noneTakeaway) ?? "This file carries no EXIF metadata."
        case .yes: return inspection.video.map(VideoReport.takeaway) ?? takeaway(inspection.exif ?? FileEXIF())
        }
    }

    private static func takeaway(_ exif: FileEXIF) -> String {
        let tells = Tells(
            location: exif.hasLocation, time: exif.dateTimeOriginal != nil, serial: exif.serialNumber != nil,
            device: exif.make != nil || exif.model != nil || exif.lensModel != nil)
        return tells.sentence(noun: "photo", taken: "taken", took: "took")
            ?? "This photo carries EXIF, but none of the fields Exposure looks for."
    }

    /// The shared fields; a video's capture time is shown with its zone by `VideoReport` instead.
    private static func fieldLines(_ exif: FileEXIF, video: Bool) -> [String] {
        let labelled: [(String, String?)] = [
            ("Make", exif.make), ("Model", exif.model), ("Taken", video ? nil : exif.dateTimeOriginal),
            ("Orientation", exif.orientation.map(String.init)), ("Software", exif.software),
            ("Serial number", exif.serialNumber), ("Lens", exif.lensModel), ("GPS", gpsText(exif)),
        ]
        return labelled.compactMap { label, value in value.map { "\(label): \($0)" } }
    }

    private static func gpsText(_ exif: FileEXIF) -> String? {
        let altitude = exif.gpsAltitude.map { String(format: "%.1f m", $0) }
        guard let latitude = exif.gpsLatitude, let longitude = exif.gpsLongitude else {
            return altitude.map { "altitude \($0) only" }
        }
        let position = String(format: "%.6f, %.6f", latitude, longitude)
        return altitude.map { "\(position) (altitude \($0))" } ?? position
    }

    private static func statusText(_ inspection: FileInspection) -> String {
        switch inspection.status {
        case .yes: return "yes"
        case .no: return "none"
        case .unsupported: return "not read for this format"
        case .missing: return "file missing from the export"
        case .unreadable: return "unreadable — " + (inspection.problem ?? "no reason given")
        }
    }

    private static func displayName(_ format: MediaFormat) -> String {
        switch format {
        case .jpeg: return "JPEG"
        case .png: return "PNG"
        case .webp: return "WebP"
        case .heif: return "HEIF"
        case .gif: return "GIF"
        case .mp4: return "MP4"
        case .quicktime: return "QuickTime"
        case .unknown: return "unknown"
        }
    }

    private static func fields(of file: InspectedFile) -> [(String, JSONValue?)] {
        let exif = file.inspection.exif
        return [
            ("path", .string(file.path)), ("format", .string(file.inspection.format.rawValue)),
            ("exif_status", .string(file.inspection.status.rawValue)),
            ("make", exif?.make.map(JSONValue.string)), ("model", exif?.model.map(JSONValue.string)),
            ("date_time_original", exif?.dateTimeOriginal.map(JSONValue.string)),
            ("orientation", exif?.orientation.map { .number(Double($0)) }),
            ("software", exif?.software.map(JSONValue.string)),
            ("serial_number", exif?.serialNumber.map(JSONValue.string)),
            ("lens_model", exif?.lensModel.map(JSONValue.string)),
            ("gps_latitude", exif?.gpsLatitude.map(JSONValue.number)),
            ("gps_longitude", exif?.gpsLongitude.map(JSONValue.number)),
            ("gps_altitude", exif?.gpsAltitude.map(JSONValue.number)),
            ("problem", file.inspection.problem.map(JSONValue.string)),
        ] + VideoReport.fields(file.inspection.video)
    }
}

/// What a photo or video tells about itself, for the one sentence a user should remember; location
/// first, then serial number, time and device.
struct Tells {
    let location: Bool
    let time: Bool
    let serial: Bool
    let device: Bool

    /// The sentence worded for the kind of file; nil when it tells none of these.
    func sentence(noun: String, taken: String, took: String) -> String? {
        switch (location, time) {
        case (true, true): return "This \(noun) tells where and when it was \(taken)."
        case (true, false): return "This \(noun) tells where it was \(taken)."
        default: break
        }
        if serial { return "This \(noun) carries its camera's serial number, which links it to other \(noun)s from that camera." }
        if time { return "This \(noun) tells when it was \(taken)." }
        return device ? "This \(noun) tells which device \(took) it." : nil
    }
}
