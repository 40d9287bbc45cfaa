import Foundation

/// What a video file's own boxes say about where, when and with what it was filmed, read from its
/// movie header (`moov`) and a few top-level boxes; every field is nil when the file does not carry it.
public struct FileVideo: Sendable, Equatable {
    /// The `ftyp` major brand (`qt  `, `isom`, `mp42`, `3gp5`, …), nil for old movies without `ftyp`.
    public var brand: String?
    /// True when the movie is split into fragments (`moov/mvex`, or `moof` boxes after the header).
    public var fragmented = false
    /// Whether the movie header was found and read; false means nothing but top-level boxes was seen.
    public var movieRead = false
    /// Signed decimal degrees, north and east positive; nil for a (0, 0) placeholder.
    public var latitude: Double?
    public var longitude: Double?
    /// Metres above sea level.
    public var altitude: Double?
    /// The box the location came from, such as `keys/location.ISO6709` or `udta/©xyz`.
    public var locationSource: String?
    /// True when the file holds a location field with (0, 0), which phones write when they have no fix.
    public var locationPlaceholder = false
    /// When it was filmed, as the file writes it, with its zone offset kept (`2019-07-24T11:25:40+03:00`).
    public var capturedAt: String?
    /// The box the capture time came from.
    public var captureSource: String?
    /// The movie header's creation time, an instant in UTC by the specification (cameras often write local time).
    public var containerCreated: String?
    public var make: String?
    public var model: String?
    public var software: String?
    public var serialNumber: String?
    /// A device named in a text box such as 3GPP `auth` or QuickTime `©inf` (`FLIR One`).
    public var deviceName: String?
    /// The phone's operating system version (`com.android.version`): a hint, not a device.
    public var osVersion: String?
    /// The program that wrote the file (`Lavf58.76.100`): processing software, not a camera.
    public var encoder: String?
    /// Seconds.
    public var duration: Double?
    public var width: Int?
    public var height: Int?
    /// Sample formats of timed metadata tracks (`gpmd`, `camm`, `mebx`) that may hold a GPS trail Exposure does not decode.
    public var timedMetadata: [String] = []
    /// What could not be read, when the file is damaged or cut short; what was read before is kept.
    public var damage: String?

    public init() {}

    /// True when the file says where it was filmed (a placeholder does not count).
    public var hasLocation: Bool { latitude != nil && longitude != nil }

    /// True when its boxes hold a location, a device or a capture time. The movie header's time alone does
    /// not count: every encoder writes one, and a re-encoded copy carries the time it was processed.
    public var carriesCaptureMetadata: Bool {
        hasLocation || capturedAt != nil || make != nil || model != nil || deviceName != nil || serialNumber != nil
    }

    /// The capture time's local date and time in EXIF's form (`2019:07:24 11:25:40`), so videos fill the
    /// same column as a photo's DateTimeOriginal; nil when the file gives less than a full time.
    public var localDateTime: String? {
        guard let capturedAt else { return nil }
        let digits = Array(capturedAt.prefix(19).filter(\.isNumber))
        guard digits.count >= 12 else { return nil }
        let seconds = digits.count >= 14 ? String(digits[12..<14]) : "00"
        return "\(String(digits[0..<4])):\(String(digits[4..<6])):\(String(digits[6..<8])) "
            + "\(String(digits[8..<10])):\(String(digits[10..<12])):\(seconds)"
    }

    /// The fields a photo's EXIF also has, so a video fills the same scan columns and `inspect` keys.
    public var sharedFields: FileEXIF {
        FileEXIF(
            make: make, model: model, dateTimeOriginal: localDateTime, software: software, serialNumber: serialNumber,
            gpsLatitude: latitude, gpsLongitude: longitude, gpsAltitude: hasLocation ? altitude : nil)
    }
}
