import Foundation

/// The container format of a media file, decided from its first bytes because exports
/// hold files with wrong or missing extensions.
public enum MediaFormat: String, Sendable, Codable, CaseIterable {
    case jpeg, png, webp, heif, gif, mp4, quicktime, unknown

    /// Whether Meta would call a file of this format a photo or a video; nil when the bytes tell neither.
    public var mediaType: MediaType? {
        switch self {
        case .jpeg, .png, .webp, .heif, .gif: return .photo
        case .mp4, .quicktime: return .video
        case .unknown: return nil
        }
    }
}

/// Photo or video, the two kinds of item an export holds.
public enum MediaType: String, Sendable, Codable {
    case photo, video
}

/// What the file itself told us about EXIF, so a report can tell "stripped" from "not looked at".
public enum EXIFStatus: String, Sendable, Codable {
    /// The file carries a real EXIF block.
    case yes
    /// The file was read and carries no EXIF block.
    case no
    /// The format carries no metadata that Exposure reads (GIF).
    case unsupported
    /// The file could not be read or its EXIF block is malformed.
    case unreadable
    /// The export's JSON names the file but the export does not contain it.
    case missing
}

/// The EXIF fields a file still carries that say who, where and with what a photo was taken.
public struct FileEXIF: Sendable, Equatable, Codable {
    public var make: String?
    public var model: String?
    /// As written by the camera, `YYYY:MM:DD HH:MM:SS`, local time without a zone.
    public var dateTimeOriginal: String?
    public var orientation: Int?
    public var software: String?
    public var serialNumber: String?
    public var lensModel: String?
    /// Signed decimal degrees, north positive.
    public var gpsLatitude: Double?
    /// Signed decimal degrees, east positive.
    public var gpsLongitude: Double?
    /// Metres, negative below sea level.
    public var gpsAltitude: Double?

    public init(
        make: String? = nil, model: String? = nil, dateTimeOriginal: String? = nil,
        orientation: Int? = nil, software: String? = nil, serialNumber: String? = nil,
        lensModel: String? = nil, gpsLatitude: Double? = nil, gpsLongitude: Double? = nil,
        gpsAltitude: Double? = nil
    ) {
        self.make = make
        self.model = model
        self.dateTimeOriginal = dateTimeOriginal
        self.orientation = orientation
        self.software = software
        self.serialNumber = serialNumber
        self.lensModel = lensModel
        self.gpsLatitude = gpsLatitude
        self.gpsLongitude = gpsLongitude
        self.gpsAltitude = gpsAltitude
    }

    /// True when the file says where it was taken.
    public var hasLocation: Bool { gpsLatitude != nil && gpsLongitude != nil }
}

/// The outcome of looking at one media file: its real format and what EXIF it carries.
public struct FileInspection: Sendable, Equatable {
    public var format: MediaFormat
    public var status: EXIFStatus
    public var exif: FileEXIF?
    /// Why the status is `unreadable`, or what part of a damaged video could not be read, in words a user can act on.
    public var problem: String?
    /// What a video's own boxes carry; nil for photos.
    public var video: FileVideo?

    public init(format: MediaFormat, status: EXIFStatus, exif: FileEXIF? = nil, problem: String? = nil, video: FileVideo? = nil) {
        self.format = format
        self.status = status
        self.exif = exif
        self.problem = problem
        self.video = video
    }
}
