import Foundation

/// A video's own metadata in the item's `video…` columns, and back, so a rescan reuses an unchanged video's reading.
extension ItemRecord {
    /// Marks a location source that held only the (0, 0) placeholder.
    static let placeholderNote = " (0, 0 placeholder)"

    mutating func setVideo(_ video: FileVideo?) {
        videoCapturedAt = video?.capturedAt
        videoCaptureSource = video?.captureSource
        videoContainerCreatedAt = video?.containerCreated
        videoLocationSource = video?.locationSource.map { $0 + (video?.locationPlaceholder == true ? Self.placeholderNote : "") }
        videoDeviceName = video?.deviceName
        videoDuration = video?.duration
        videoWidth = video?.width
        videoHeight = video?.height
        videoTimedMetadata = video.flatMap { $0.timedMetadata.isEmpty ? nil : $0.timedMetadata.joined(separator: ";") }
    }

    /// The stored video reading; nil for photos. Fields only `inspect` shows (brand, encoder) are not stored.
    func video(status: EXIFStatus) -> FileVideo? {
        guard fileFormat.flatMap(MediaFormat.init)?.mediaType == .video, status != .missing, status != .unsupported else { return nil }
        var video = FileVideo()
        video.movieRead = status != .unreadable
        (video.make, video.model, video.software, video.serialNumber) = (exifMake, exifModel, exifSoftware, exifSerialNumber)
        (video.latitude, video.longitude, video.altitude) = (exifLatitude, exifLongitude, exifAltitude)
        (video.capturedAt, video.captureSource, video.containerCreated) = (videoCapturedAt, videoCaptureSource, videoContainerCreatedAt)
        if let source = videoLocationSource {
            video.locationPlaceholder = source.hasSuffix(Self.placeholderNote)
            video.locationSource = video.locationPlaceholder ? String(source.dropLast(Self.placeholderNote.count)) : source
        }
        (video.deviceName, video.duration, video.width, video.height) = (videoDeviceName, videoDuration, videoWidth, videoHeight)
        video.timedMetadata = videoTimedMetadata?.split(separator: ";").map(String.init) ?? []
        video.damage = exifProblem
        return video
    }
}
