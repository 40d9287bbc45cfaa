/// The Instagram JSON files that hold media or account facts, recognised by name in every layout
/// from the 2018 `media.json` to the 2025 `your_instagram_activity/media/` folder.
enum InstagramFile: Equatable {
    case legacyMedia
    case legacyProfile
    case posts
    case stories
    case reels
    case profilePhotos
    case archivedPosts
    case recentlyDeleted
    case igtv
    case personalInformation
    case privacyChanges
    case otherContent
    case threadsPosts
    case threadsProfile
    case postComments
    case insights
    case metaAIChat

    static func kind(of path: String) -> InstagramFile? {
        guard path.utf8.count > 5, path.utf8.suffix(5).elementsEqual(".json".utf8) else { return nil }
        let components = path.split(separator: "/")
        guard let name = components.last else { return nil }
        let stem = name.dropLast(5)
        if components.count == 1, let legacy = legacyByName[String(stem)] { return legacy }
        let folders = components.dropLast()
        if folders.contains("ai_conversations") || zip(folders, folders.dropFirst()).contains(where: { $0 == ("your_instagram_activity", "ai") }) {
            return .metaAIChat
        }
        if folders.last == "threads", stem == "personal_information" { return .threadsProfile }
        if folders.last == "past_instagram_insights", stem == "posts" { return .insights }
        if stem.hasPrefix("post_comments_"), stem.dropFirst(14).allSatisfy(\.isNumber), stem.count > 14 { return .postComments }
        if stem.hasPrefix("posts_"), stem.dropFirst(6).allSatisfy(\.isNumber), stem.count > 6 { return .posts }
        return byName[String(stem)]
    }

    private static let legacyByName: [String: InstagramFile] = ["media": .legacyMedia, "profile": .legacyProfile]

    private static let byName: [String: InstagramFile] = [
        "stories": .stories,
        "reels": .reels,
        "profile_photos": .profilePhotos,
        "archived_posts": .archivedPosts,
        "recently_deleted_content": .recentlyDeleted,
        "igtv_videos": .igtv,
        "personal_information": .personalInformation,
        "account_privacy_changes": .privacyChanges,
        "profile_privacy_changes": .privacyChanges,
        "other_content": .otherContent,
        "threads_and_replies": .threadsPosts,
        "hype": .postComments,
    ]

    /// Whether the file is a list (possibly wrapped), which can be read one element at a time.
    var isList: Bool {
        switch self {
        case .legacyMedia, .legacyProfile, .personalInformation, .threadsProfile, .metaAIChat: return false
        default: return true
        }
    }

    /// How media found in this file are listed in the CSV's `source` column.
    var sourceKind: SourceKind {
        switch self {
        case .stories: return .story
        case .reels: return .reel
        case .profilePhotos, .personalInformation, .legacyProfile: return .profilePicture
        case .archivedPosts: return .archived
        case .recentlyDeleted: return .deleted
        case .igtv: return .video
        case .otherContent: return .otherContent
        case .threadsPosts, .threadsProfile: return .threads
        case .postComments: return .comment
        case .insights: return .insights
        case .metaAIChat: return .metaAI
        case .legacyMedia, .posts, .privacyChanges: return .post
        }
    }
}

/// Names the yearly layout of an Instagram export from where its JSON files sit.
enum InstagramLayout {
    private static let markers: [(folder: String, name: String)] = [
        ("your_instagram_activity/media/", "Instagram 2025 on (your_instagram_activity/media/)"),
        ("your_instagram_activity/content/", "Instagram 2024 to February 2025 (your_instagram_activity/content/)"),
        ("content/", "Instagram 2021–2023 (content/)"),
        ("media.json", "Instagram 2018–2020 (media.json)"),
    ]

    static func name(for recognisedPaths: [String]) -> String {
        for marker in markers where recognisedPaths.contains(where: { $0.hasPrefix(marker.folder) }) {
            return marker.name
        }
        return "Instagram, unrecognised layout"
    }
}
