/// The Facebook JSON files that hold media or account facts, recognised by name wherever the
/// layout of the year put them.
enum FacebookFile: Equatable {
    case posts
    case album
    case uncategorized
    case videos
    case stories
    case profileUpdates
    case groupPosts
    case otherPages
    case reels
    case comments
    case groupComments
    case metaAIChat
    case sharedMemories
    case birthdayMedia
    case topMoments
    case dating
    case avatars
    case privacySettings
    case profileInformation

    /// The kind of a JSON file at `path`, or nil for files that hold no media Exposure records.
    static func kind(of path: String) -> FacebookFile? {
        guard path.utf8.count > 5, path.utf8.suffix(5).elementsEqual(".json".utf8) else { return nil }
        let components = path.split(separator: "/")
        guard let name = components.last else { return nil }
        let stem = name.dropLast(5)
        if components.contains("messages") || components.contains("inbox") {
            return isMetaAIChat(components, stem) ? .metaAIChat : nil
        }
        if components.dropLast().last == "album", stem.allSatisfy(\.isNumber) { return .album }
        if isNumbered(stem, "your_posts_") || isNumbered(stem, "your_posts__check_ins__photos_and_videos_")
            || isNumbered(stem, "profile_posts_")
        {
            return .posts
        }
        if stem.hasPrefix("your_reels"), stem.dropFirst(10).allSatisfy({ $0.isNumber || $0 == "_" }) { return .reels }
        return byName[String(stem)]
    }

    private static let byName: [String: FacebookFile] = [
        "your_uncategorized_photos": .uncategorized,
        "uncategorized_photos": .uncategorized,
        "your_videos": .videos,
        "videos": .videos,
        "archived_stories": .stories,
        "profile_update_history": .profileUpdates,
        "group_posts_and_comments": .groupPosts,
        "your_posts_in_groups": .groupPosts,
        "posts_on_other_pages_and_profiles": .otherPages,
        "your_posts_on_other_pages_and_profiles": .otherPages,
        "comments": .comments,
        "your_comments_in_groups": .groupComments,
        "shared_memories": .sharedMemories,
        "birthday_media": .birthdayMedia,
        "top_moments_of_the_year": .topMoments,
        "your_dating_profile": .dating,
        "your_avatar": .avatars,
        "avatar_data": .avatars,
        "privacy_settings": .privacySettings,
        "profile_information": .profileInformation,
    ]

    /// `messages/inbox/metaai_<id>/message_N.json`: the one chat read, because Meta trains on what is sent to Meta AI (R02).
    private static func isMetaAIChat(_ components: [Substring], _ stem: Substring) -> Bool {
        let folders = components.dropLast()
        guard folders.dropLast().last == "inbox", folders.last?.hasPrefix("metaai_") == true else { return false }
        return isNumbered(stem, "message_")
    }

    private static func isNumbered(_ stem: Substring, _ prefix: String) -> Bool {
        guard stem.hasPrefix(prefix) else { return false }
        let number = stem.dropFirst(prefix.count)
        return !number.isEmpty && number.allSatisfy(\.isNumber)
    }

    /// The keys under which each file keeps its list, newest spelling first.
    var listKeys: [String] {
        switch self {
        case .posts: return ["status_updates", "posts_v2"]
        case .album, .privacySettings, .profileInformation, .dating, .avatars: return []
        case .uncategorized: return ["other_photos_v2", "other_photos"]
        case .videos: return ["videos_v2", "videos"]
        case .stories: return ["archived_stories_v2", "archived_stories"]
        case .profileUpdates: return ["profile_updates_v2", "profile_updates"]
        case .groupPosts: return ["group_posts_v2", "group_posts"]
        case .otherPages: return ["other_posts_v2", "posts_on_other_pages_v2"]
        case .reels: return ["lasso_videos_v2", "lasso_videos"]
        case .comments: return ["comments_v2", "comments"]
        case .groupComments: return ["group_comments_v2", "group_comments"]
        case .metaAIChat: return ["messages"]
        case .sharedMemories: return ["shared_memories_v2", "shared_memories"]
        case .birthdayMedia: return ["birthday_media_v2", "birthday_media"]
        case .topMoments: return ["top_moments_of_the_year_v2", "top_moments_of_the_year"]
        }
    }
}
