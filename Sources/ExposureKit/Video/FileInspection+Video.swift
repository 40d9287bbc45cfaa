import Foundation

extension FileInspection {
    /// A video's reading: `yes` when its boxes carry a location, a device or a capture time, `no` when they
    /// carry none, `unreadable` when its movie header is missing or broken. Shared fields fill `exif`, so a
    /// video reaches the same scan columns and `inspect` keys as a photo.
    init(format: MediaFormat, video: FileVideo) {
        let status: EXIFStatus = !video.movieRead ? .unreadable : video.carriesCaptureMetadata ? .yes : .no
        self.init(
            format: format, status: status, exif: status == .yes ? video.sharedFields : nil, problem: video.damage,
            video: video)
    }
}
