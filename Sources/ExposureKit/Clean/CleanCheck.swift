import Foundation

/// Reads a cleaned copy back with the inspector and names what it still carries, so a clean that missed
/// something is caught before the copy is kept.
enum CleanCheck {
    static func verify(_ url: URL, options: CleanOptions) throws {
        let inspection = try MediaInspector.inspect(fileAt: url)
        if inspection.status == .unreadable {
            throw CleanRefusal("the cleaned copy could not be read back (\(inspection.problem ?? "unknown problem")), so it was not kept.")
        }
        let left = leftovers(inspection, options)
        guard left.isEmpty else {
            throw CleanRefusal("the cleaned copy still carried \(left.joined(separator: ", ")), so it was not kept.")
        }
    }

    /// The removed groups that the inspector still finds in a file.
    static func leftovers(_ inspection: FileInspection, _ options: CleanOptions) -> [String] {
        let exif = inspection.exif ?? inspection.video?.sharedFields ?? FileEXIF()
        var left: [String] = []
        if options.removes(.location), exif.gpsLatitude != nil || exif.gpsLongitude != nil || exif.gpsAltitude != nil {
            left.append("a location")
        }
        let device: [String?] = [exif.make, exif.model, exif.serialNumber, exif.lensModel, exif.software, inspection.video?.deviceName]
        if options.removes(.device), device.contains(where: { $0 != nil }) { left.append("a device") }
        if options.removes(.time), exif.dateTimeOriginal != nil || inspection.video?.capturedAt != nil { left.append("a capture time") }
        return left
    }
}
