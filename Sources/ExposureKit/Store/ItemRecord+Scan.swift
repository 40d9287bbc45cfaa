import Foundation

extension ItemRecord {
    /// The stored form of a scanned item.
    init(_ item: ScannedItem, exportId: Int64, scanId: Int64) {
        let kept = item.kept
        let exif = item.inspection?.exif
        let present = item.entry != nil
        self.init(
            id: nil, exportId: exportId, archivePath: item.path, mediaType: item.mediaType.rawValue,
            fileStatus: present ? "present" : "missing",
            fileFormat: present ? item.inspection?.format.rawValue : nil,
            fileSize: item.entry.map { Int64($0.size) }, fileCRC32: item.entry?.crc32.map(Int64.init),
            album: item.album, caption: item.caption, postedAt: item.postedAt.map(Instant.text),
            jsonTakenAt: kept?.takenAt.map(Instant.text) ?? kept?.takenAtText,
            jsonCameraMake: kept?.cameraMake, jsonCameraModel: kept?.cameraModel,
            jsonLatitude: kept?.latitude, jsonLongitude: kept?.longitude, uploadIP: kept?.uploadIP,
            jsonMetadata: kept?.fieldsText,
            exifStatus: (item.inspection?.status ?? .missing).rawValue, exifProblem: item.inspection?.problem,
            exifMake: exif?.make, exifModel: exif?.model, exifDateTimeOriginal: exif?.dateTimeOriginal,
            exifOrientation: exif?.orientation, exifSoftware: exif?.software, exifSerialNumber: exif?.serialNumber,
            exifLensModel: exif?.lensModel, exifLatitude: exif?.gpsLatitude, exifLongitude: exif?.gpsLongitude,
            exifAltitude: exif?.gpsAltitude, visibility: item.visibility.rawValue,
            visibilitySource: item.visibilitySource.rawValue, wasPublic: item.wasPublic?.rawValue,
            lastScanId: scanId, fileStamp: item.entry?.stamp, exportVisibility: item.visibility.rawValue,
            exportVisibilitySource: item.visibilitySource.rawValue, publicUntil: item.publicUntil.map(Instant.text),
            exportWasPublic: item.wasPublic?.rawValue)
        setVideo(item.inspection?.video)
        setTime(item)
    }

    /// The stored reading of the file, reused when a rescan finds the file unchanged.
    var inspection: FileInspection? {
        guard fileStatus == "present", let status = EXIFStatus(rawValue: exifStatus) else { return nil }
        let exif = FileEXIF(
            make: exifMake, model: exifModel, dateTimeOriginal: exifDateTimeOriginal, orientation: exifOrientation,
            software: exifSoftware, serialNumber: exifSerialNumber, lensModel: exifLensModel,
            gpsLatitude: exifLatitude, gpsLongitude: exifLongitude, gpsAltitude: exifAltitude)
        return FileInspection(
            format: fileFormat.flatMap(MediaFormat.init) ?? .unknown, status: status,
            exif: status == .yes ? exif : nil, problem: exifProblem, video: video(status: status))
    }

    /// When the camera took it: Meta's time first, else the file's EXIF local time (no zone).
    public var takenAt: String? {
        jsonTakenAt ?? exifDateTimeOriginal.flatMap(LocalTime.iso)
    }

    /// Meta's coordinates first, else the file's; never a post's tagged place.
    public var latitude: Double? { jsonLatitude ?? (jsonLongitude == nil ? exifLatitude : nil) }
    public var longitude: Double? { jsonLongitude ?? (jsonLatitude == nil ? exifLongitude : nil) }
    public var cameraMake: String? { jsonCameraMake ?? exifMake }
    public var cameraModel: String? { jsonCameraModel ?? exifModel }
    /// Whether the item tells where it was taken, in Meta's JSON or in the file.
    public var hasLocation: Bool { latitude != nil && longitude != nil }
}
