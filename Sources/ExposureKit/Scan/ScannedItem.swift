import Foundation

/// Who can see an item, as far as the export and the platform's rules tell.
public enum Visibility: String, Sendable, Codable, CaseIterable {
    case `public`, `private`, unknown
}

/// Where a visibility came from, so a user can judge how far to trust it.
public enum VisibilitySource: String, Sendable, Codable, CaseIterable {
    /// The platform shows such items to everyone (Facebook profile pictures and cover photos).
    case platformRule = "platform_rule"
    /// The account's current public or private setting.
    case accountSetting = "account_setting"
    /// The account's history of privacy switches.
    case accountHistory = "account_history"
    /// The user said so with `exposure visibility set`.
    case user
    /// Nothing tells.
    case none
}

/// Whether an item was visible to everyone at any time since it was posted.
public enum WasPublic: String, Sendable, Codable {
    case yes, no, unknown
}

/// One media file of an export with every mention of it, before it is stored.
public struct ScannedItem: Sendable {
    /// Relative to the export's root; the JSON's own path when the file is missing.
    public var path: String
    /// The file, nil when the JSON names a file the export lacks.
    public var entry: ExportEntry?
    /// Every mention in the JSON; empty for a file no JSON mentions.
    public var findings: [Finding]
    public var inspection: FileInspection?
    public var visibility = Visibility.unknown
    public var visibilitySource = VisibilitySource.none
    public var wasPublic: WasPublic?
    /// The last moment the item was public, when the account's history tells.
    public var publicUntil: Date?

    public init(path: String, entry: ExportEntry?, findings: [Finding]) {
        self.path = path
        self.entry = entry
        self.findings = findings.sorted { $0.kind < $1.kind }
    }

    /// Every way the item was found, in the CSV's order.
    public var kinds: [SourceKind] {
        findings.isEmpty ? [.unreferenced] : Array(Set(findings.map(\.kind))).sorted()
    }

    /// An album file's name first, else the title Facebook gives post media.
    public var album: String? {
        findings.lazy.compactMap(\.album).first ?? findings.lazy.compactMap(\.mediaTitle).first
    }

    public var caption: String? { findings.lazy.compactMap(\.caption).first }

    /// The platform's time: a post's timestamp first, else the earliest creation time of the media.
    public var postedAt: Date? {
        findings.lazy.compactMap(\.postedAt).first ?? findings.compactMap(\.createdAt).min()
    }

    /// How an HTML page showed `postedAt`; nil when it came from a JSON timestamp.
    public var postedShown: ShownTime? {
        if let posted = findings.first(where: { $0.postedAt != nil }) { return posted.shown }
        return findings.filter { $0.createdAt != nil }.min { $0.createdAt! < $1.createdAt! }?.shown
    }

    /// What Meta kept, each field from the first mention that has it.
    public var kept: KeptMetadata? {
        let blocks = findings.compactMap(\.kept)
        guard var merged = blocks.first else { return nil }
        for block in blocks.dropFirst() {
            merged.takenAt = merged.takenAt ?? block.takenAt
            merged.takenAtText = merged.takenAtText ?? block.takenAtText
            merged.cameraMake = merged.cameraMake ?? block.cameraMake
            merged.cameraModel = merged.cameraModel ?? block.cameraModel
            merged.latitude = merged.latitude ?? block.latitude
            merged.longitude = merged.longitude ?? block.longitude
            merged.uploadIP = merged.uploadIP ?? block.uploadIP
            // A file an album and a post both name usually carries the same block twice: nothing to merge.
            if block.fieldsText != merged.fieldsText { merged.fields.merge(block.fields) { first, _ in first } }
        }
        return merged
    }

    /// Photo or video: the file's bytes first, then the JSON, then the file name.
    public var mediaType: MediaType {
        inspection?.format.mediaType
            ?? findings.lazy.compactMap(\.mediaType).first
            ?? MediaFiles.typeByExtension(path)
            ?? .photo
    }
}
