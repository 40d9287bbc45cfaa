import Foundation

/// What an item is in the terms of Meta's statements, beyond how the export lists it, because
/// messages, Meta AI chats, camera-roll uploads and metadata each have their own rule.
public enum ContentKind: Sendable, Hashable {
    /// A photo or video the export lists; its `SourceKind`s decide which rules apply.
    case media
    /// Media attached to a comment, whose audience is the parent post's.
    case comment
    /// Media in a private message.
    case directMessage
    /// Media sent to Meta AI, including `@MetaAI` in a chat.
    case metaAIInteraction
    /// A Facebook Dating photo: shown to Dating's users only, and named by no statement of Meta's.
    case datingProfile
    /// Camera-roll media uploaded for suggestions; nil when it is not known whether it was edited with Meta AI or shared.
    case cameraRoll(editedOrShared: Bool?)
    /// The EXIF, location and upload IP that Meta keeps with a photo, judged apart from the pixels.
    case exifMetadata
}

/// Who posted an item, because the owner's own age, region and objection say nothing about someone else's post.
public enum ItemAuthor: String, Sendable, Hashable {
    case owner, other
}

/// Everything the rules look at for one item; the scanner and the user supply it.
public struct ItemFacts: Sendable, Hashable {
    public var platform: Platform
    public var kinds: Set<SourceKind>
    public var content: ContentKind
    public var author: ItemAuthor
    /// When it went onto the platform (UTC instant); nil when the export does not say.
    public var postedAt: Date?
    /// How far the true posting time may lie from `postedAt` either way: a day for a time an HTML
    /// export showed without a zone, 0 for a JSON timestamp.
    public var postedUncertainty: TimeInterval = 0
    public var visibility: Visibility
    public var visibilitySource: VisibilitySource
    /// Whether it was public at any moment since it was posted.
    public var wasPublic: WasPublic
    /// The last moment it was public, when the account history or the user tells.
    public var publicUntil: Date?
    /// Whether the Instagram account is private now; profile photos stay visible even then.
    public var accountPrivate: Bool?

    /// Defaults describe what a Facebook export tells about most items: nothing about their audience.
    public init(
        platform: Platform, kinds: Set<SourceKind>, postedAt: Date?,
        visibility: Visibility = .unknown, visibilitySource: VisibilitySource = .none,
        wasPublic: WasPublic = .unknown, publicUntil: Date? = nil, accountPrivate: Bool? = nil,
        content: ContentKind = .media, author: ItemAuthor = .owner
    ) {
        self.platform = platform
        self.kinds = kinds
        self.postedAt = postedAt
        self.visibility = visibility
        self.visibilitySource = visibilitySource
        self.wasPublic = wasPublic
        self.publicUntil = publicUntil
        self.accountPrivate = accountPrivate
        self.content = content
        self.author = author
    }
}
