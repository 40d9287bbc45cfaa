/// Finds the folder a zip wraps its export in (such as `facebook-jdoe-2024-11-18-Ab12Cd34/`), because
/// Meta's JSON paths never include it.
enum ExportRoot {
    /// Top-level folders of Meta's layouts: a zip whose only folder is one of these has no wrapper.
    static let layoutFolders: Set<String> = [
        "posts", "photos_and_videos", "your_facebook_activity", "your_activity_across_facebook",
        "this_profile's_activity_across_facebook", "personal_information", "profile_information",
        "preferences", "connections", "logged_information", "security_and_login_information",
        "ads_information", "apps_and_websites_off_of_facebook", "messages", "comments", "about_you",
        "your_instagram_activity", "content", "media", "account_information", "photos", "videos",
        "stories", "login_and_account_creation", "html", "files",
    ]

    /// Whether a member is operating-system clutter rather than part of the export. Compares UTF-8 bytes,
    /// not characters: it runs once per file, and every name it looks for is ASCII.
    static func isJunk(_ location: String) -> Bool {
        let components = location.utf8.split(separator: UInt8(ascii: "/"))
        guard let name = components.last else { return true }
        return components[0].elementsEqual("__MACOSX".utf8) || name.starts(with: "._".utf8)
            || name.elementsEqual(".DS_Store".utf8) || name.elementsEqual("Thumbs.db".utf8)
    }

    /// The wrapper folders to strip, outermost first; empty when members start at the export's root.
    static func wrappers(of locations: [String]) -> [String] {
        var stripped: [String] = []
        var paths = locations.map { Substring($0) }
        while let first = commonFolder(paths), !layoutFolders.contains(first) {
            stripped.append(first)
            paths = paths.map { $0.dropFirst(first.count + 1) }
        }
        return stripped
    }

    private static func commonFolder(_ paths: [Substring]) -> String? {
        guard let head = paths.first?.split(separator: "/", maxSplits: 1), head.count == 2 else { return nil }
        let folder = head[0]
        let prefix = folder + "/"
        return paths.allSatisfy { $0.hasPrefix(prefix) } ? String(folder) : nil
    }
}
