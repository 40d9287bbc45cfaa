import Foundation
import GRDB

/// One export of one account, as stored; scanning it again finds the same row by platform and name.
public struct ExportRecord: Codable, Sendable, FetchableRecord, MutablePersistableRecord, Identifiable {
    public static let databaseTableName = "export"
    public var id: Int64?
    public var platform: String
    public var name: String

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// Exports and scans are read and written column by column, not through `Codable`, whose
/// reflection was a tenth of a rescan's time.
extension ExportRecord {
    public init(row: Row) {
        (id, platform, name) = (row["id"], row["platform"], row["name"])
    }

    public func encode(to container: inout PersistenceContainer) {
        (container["id"], container["platform"], container["name"]) = (id, platform, name)
    }
}

extension ScanRecord {
    public init(row: Row) {
        id = row["id"]
        exportId = row["exportId"]
        startedAt = row["startedAt"]
        finishedAt = row["finishedAt"]
        parts = row["parts"]
        layout = row["layout"]
        jsonFiles = row["jsonFiles"]
        itemCount = row["itemCount"]
        missingCount = row["missingCount"]
        unreferencedCount = row["unreferencedCount"]
        exportStamp = row["exportStamp"]
        unchanged = row["unchanged"]
        partsStamp = row["partsStamp"]
    }

    public func encode(to container: inout PersistenceContainer) {
        container["id"] = id
        container["exportId"] = exportId
        container["startedAt"] = startedAt
        container["finishedAt"] = finishedAt
        container["parts"] = parts
        container["layout"] = layout
        container["jsonFiles"] = jsonFiles
        container["itemCount"] = itemCount
        container["missingCount"] = missingCount
        container["unreferencedCount"] = unreferencedCount
        container["exportStamp"] = exportStamp
        container["unchanged"] = unchanged
        container["partsStamp"] = partsStamp
    }
}

/// When an export was scanned, from which parts, and what the scan found.
public struct ScanRecord: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "scan"
    public var id: Int64?
    public var exportId: Int64
    public var startedAt: String
    public var finishedAt: String
    /// The parts' paths as a JSON array.
    public var parts: String
    public var layout: String
    public var jsonFiles: Int
    public var itemCount: Int
    public var missingCount: Int
    public var unreferencedCount: Int
    /// Identifies the export's exact files and the Exposure version that read them.
    public var exportStamp: String?
    /// True when the export was found unchanged and nothing was read again.
    public var unchanged: Bool
    /// Identifies the zip files by path, size and time, so an unchanged export is known without opening it.
    public var partsStamp: String?

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A problem a scan passed over.
public struct ScanWarningRecord: Codable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "scanWarning"
    public var scanId: Int64
    public var file: String
    public var message: String
}

/// One photo or video: where it sits, what Meta kept, what the file carries, who can see it.
public struct ItemRecord: Sendable, FetchableRecord, MutablePersistableRecord, Identifiable {
    public static let databaseTableName = "item"
    public var id: Int64?
    public var exportId: Int64
    public var archivePath: String
    public var mediaType: String
    public var fileStatus: String
    public var fileFormat: String?
    public var fileSize: Int64?
    public var fileCRC32: Int64?
    public var album: String?
    public var caption: String?
    public var postedAt: String?
    public var jsonTakenAt: String?
    public var jsonCameraMake: String?
    public var jsonCameraModel: String?
    public var jsonLatitude: Double?
    public var jsonLongitude: Double?
    public var uploadIP: String?
    public var jsonMetadata: String?
    public var exifStatus: String
    public var exifProblem: String?
    public var exifMake: String?
    public var exifModel: String?
    public var exifDateTimeOriginal: String?
    public var exifOrientation: Int?
    public var exifSoftware: String?
    public var exifSerialNumber: String?
    public var exifLensModel: String?
    public var exifLatitude: Double?
    public var exifLongitude: Double?
    public var exifAltitude: Double?
    public var visibility: String
    public var visibilitySource: String
    public var wasPublic: String?
    public var lastScanId: Int64
    /// The file's stamp when it was read, so a rescan reuses the reading of an unchanged file.
    public var fileStamp: String?
    /// What the export and the platform's rules said, kept so a user override can be undone.
    public var exportVisibility: String?
    public var exportVisibilitySource: String?
    /// The AI-training verdict: `used`, `excluded` or `unknown`; nil until verdicts are computed.
    public var aiTraining: String?
    public var aiRule: String?
    public var aiReason: String?
    /// The last moment the item was public, when the account's history tells.
    public var publicUntil: String?
    public var exportWasPublic: String?
    public var aiConfidence: String?
    /// For `unknown` verdicts, the facts that would settle it, as `;`-separated keys such as `region;age`.
    public var aiMissing: String?
    /// A video's capture time as written, with its zone offset, and the box it came from.
    public var videoCapturedAt: String?
    public var videoCaptureSource: String?
    /// A video's movie header time, UTC by the specification.
    public var videoContainerCreatedAt: String?
    /// The box a video's location came from, or that held a (0, 0) placeholder.
    public var videoLocationSource: String?
    /// A device named in a video's text boxes (3GPP `auth`, QuickTime `©inf`).
    public var videoDeviceName: String?
    /// Seconds.
    public var videoDuration: Double?
    public var videoWidth: Int?
    public var videoHeight: Int?
    /// Timed metadata tracks that may hold a GPS trail, `;`-separated sample formats such as `gpmd`.
    public var videoTimedMetadata: String?
    /// How `postedAt` was obtained (`json_timestamp`, `html_display`, `html_display_zoned`), how finely
    /// it is known, and the text an HTML page showed: an HTML export's times are less exact.
    public var timeSource: String?
    public var timePrecision: String?
    public var timeText: String?

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// One place in the export's JSON that mentions an item.
public struct ItemSourceRecord: Codable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "itemSource"
    public var itemId: Int64
    public var kind: String
    public var jsonFile: String
    public var uri: String
    /// The web address this mention gives for the media, if any.
    public var link: String?
}

/// A fact about the account, such as its default audience or a privacy switch.
public struct AccountFactRecord: Codable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "accountFact"
    public var exportId: Int64
    public var name: String
    public var value: String
    public var file: String
    public var at: String?
}

/// A fact about the person behind the exports (region, age, objections), from the export or the user.
public struct FactRecord: Codable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "fact"
    public var name: String
    public var value: String
    /// `export` or `user`.
    public var origin: String
    /// Where in the export the fact was read, or when the user set it.
    public var detail: String?
}

/// A visibility the user set for the items a filter matches; re-applied after every scan.
public struct VisibilityOverrideRecord: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "visibilityOverride"
    public var id: Int64?
    public var visibility: String
    public var platform: String?
    public var album: String?
    public var source: String?
    public var before: String?
    public var after: String?
    public var pathGlob: String?
    public var createdAt: String
    /// True when the user says the items have had this audience ever since they were posted.
    public var sincePosting: Bool
    /// The review's place of the items (`albums`, `posts`, …), see `ReviewPlace`.
    public var place: String?
    /// Only items with no posting date.
    public var undated: Bool
    /// Only items whose audience is still unknown when the override is applied, so it never
    /// overwrites an earlier answer.
    public var unanswered: Bool

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
