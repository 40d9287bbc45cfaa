import Foundation

/// The two platforms whose exports Exposure reads.
public enum Platform: String, Sendable, Codable, CaseIterable {
    case facebook, instagram
}

/// How an item was found in an export; the order of the cases is the order the CSV lists them in.
public enum SourceKind: String, Sendable, Codable, CaseIterable, Comparable {
    case post, album, uncategorized, video, story, reel
    case profilePicture = "profile_picture"
    case coverPhoto = "cover_photo"
    /// Named by the profile-update history, the record of every profile-picture and cover-photo change.
    case profileUpdate = "profile_update"
    case group
    case otherPage = "other_page"
    /// A photo attached to a comment, which has the audience of the post it is on.
    case comment
    /// A photo attached to a comment in a group, which has the group's audience.
    case groupComment = "group_comment"
    /// Posted by a Facebook Page (or "this profile") in its own export.
    case pagePost = "page_post"
    /// A Threads post or reply; Threads ships inside the Instagram export.
    case threads
    /// Instagram's `other_content.json`: media posted outside feed, stories and reels.
    case otherContent = "other_content"
    /// Sent in a chat with Meta AI.
    case metaAI = "meta_ai"
    /// An old photo shared again through Facebook's Memories (`posts/shared_memories.json`).
    case sharedMemory = "shared_memory"
    /// Facebook's `posts/birthday_media.json`: birthday photos and videos.
    case birthday
    /// Facebook's yearly recap (`preferences/memories/top_moments_of_the_year.json`), shown only to the owner.
    case topMoments = "top_moments"
    /// A photo of the owner's Facebook Dating profile, seen only by Dating's other users.
    case dating
    /// A rendered Meta Avatar (`your_avatar.json`, `avatar_data.json`): a likeness, not a photo.
    case avatar
    /// A thumbnail in a professional Instagram account's past insights.
    case insights
    case archived, deleted, unreferenced

    public static func < (lhs: SourceKind, rhs: SourceKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// What Meta's JSON kept about a media file (its `exif_data`), which survives even when the file is stripped.
public struct KeptMetadata: Sendable, Equatable {
    /// Meta's `taken_timestamp`, when valid.
    public var takenAt: Date?
    /// Instagram's `date_time_original`, normalised to `YYYY-MM-DDTHH:MM:SS` (with `Z` only when Meta wrote one).
    public var takenAtText: String?
    public var cameraMake: String?
    public var cameraModel: String?
    public var latitude: Double?
    public var longitude: Double?
    public var uploadIP: String?

    /// Every field Meta kept, as it wrote them, for the database.
    public var fields: [String: JSONValue] {
        get { parsedFields ?? storedText.flatMap { try? JSONValue.parse(Data($0.utf8)).object } ?? [:] }
        set { (parsedFields, storedText) = (newValue, nil) }
    }

    /// `fields` as the compact JSON the database keeps; a scan passes it through as text, since most
    /// files are named once and their fields need no merging.
    var fieldsText: String {
        get { storedText ?? JSONValue.object(fields).compactText }
        set { (parsedFields, storedText) = (nil, newValue) }
    }

    private var parsedFields: [String: JSONValue]? = [:]
    private var storedText: String?

    public init() {}

    public static func == (left: KeptMetadata, right: KeptMetadata) -> Bool {
        left.takenAt == right.takenAt && left.takenAtText == right.takenAtText && left.cameraMake == right.cameraMake
            && left.cameraModel == right.cameraModel && left.latitude == right.latitude
            && left.longitude == right.longitude && left.uploadIP == right.uploadIP && left.fields == right.fields
    }
}

/// One mention of a media file in one of the export's JSON files.
public struct Finding: Sendable {
    public var uri: String
    public var kind: SourceKind
    /// The JSON file that mentions it, relative to the export's root.
    public var jsonFile: String
    /// The album file's name, for photos listed in an album file.
    public var album: String?
    /// The media's `title`; for Facebook post media this is the album name, such as "Mobile uploads".
    public var mediaTitle: String?
    public var caption: String?
    /// The post's time, when the media belongs to a post or another dated container.
    public var postedAt: Date?
    /// The media's own `creation_timestamp`.
    public var createdAt: Date?
    /// What the JSON says the media is, from `photo_metadata` or `video_metadata`.
    public var mediaType: MediaType?
    public var kept: KeptMetadata?
    /// The web address the export gives for the media (`backup_uri`), where a person may check its audience.
    public var link: String?
    /// How an HTML page showed the finding's time (`postedAt` or `createdAt`); nil for JSON timestamps.
    public var shown: ShownTime?

    public init(uri: String, kind: SourceKind, jsonFile: String) {
        self.uri = uri
        self.kind = kind
        self.jsonFile = jsonFile
    }
}

/// A fact about the account rather than about one item, such as its default audience or its privacy.
public struct AccountFact: Sendable, Equatable {
    public var name: String
    public var value: String
    /// The JSON file the fact came from.
    public var file: String
    /// When the fact took effect, for facts with a history.
    public var at: Date?

    public init(name: String, value: String, file: String, at: Date? = nil) {
        self.name = name
        self.value = value
        self.file = file
        self.at = at
    }
}

/// The names under which account facts are stored.
public enum AccountFactName {
    /// Facebook's "Who can see your future posts?".
    public static let defaultAudience = "default_audience"
    /// The owner's birthday, `YYYY-MM-DD`, from Facebook's profile or Instagram's personal information.
    public static let birthDate = "birth_date"
    /// "true" when every file of a Facebook export sits in a Page's folder: its posts are the Page's, and public.
    public static let pageExport = "page_export"
}

/// Something a scan had to pass over, recorded so the report can tell the user.
public struct ScanWarning: Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var message: String

    public init(file: String, message: String) {
        self.file = file
        self.message = message
    }

    public var description: String { "\(file): \(message)" }
}

/// What an importer learnt from an export's JSON besides its findings, which go to a `FindingSink` as they are read.
public struct ImportResult {
    public var platform: Platform
    /// Which of Meta's layouts the export follows, in words.
    public var layout: String
    public var accountFacts: [AccountFact] = []
    public var warnings: [ScanWarning] = []
    /// How many JSON files were read.
    public var filesRead = 0
    let sink: any FindingSink

    init(platform: Platform, layout: String, sink: any FindingSink) {
        self.platform = platform
        self.layout = layout
        self.sink = sink
    }

    /// Hands findings to the sink as soon as they are read.
    func record(_ findings: [Finding]) {
        for finding in findings { sink.add(finding) }
    }

    /// Media the JSON names only as thumbnails or covers: known, so not "unreferenced", but not items.
    func recordAncillary(_ uris: [String]) {
        for uri in uris { sink.addAncillary(uri) }
    }

    /// Adds what one file yielded, once the whole file has been read.
    mutating func absorb(_ part: ImportResult) {
        accountFacts += part.accountFacts
        warnings += part.warnings
    }
}

/// Meta's timestamps, with the ones known to be placeholders turned into "unknown".
enum MetaTime {
    /// Seconds since 1970; nil for 0 and for years before 1900, such as Meta's year-0 `-62169958800`.
    static func date(_ value: JSONValue) -> Date? {
        guard let seconds = value.double, seconds != 0, seconds > -2_208_988_800 else { return nil }
        return Date(timeIntervalSince1970: seconds)
    }
}
