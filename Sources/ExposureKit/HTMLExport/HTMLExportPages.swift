/// Which pages of an HTML export Exposure reads: the HTML twins of the JSON files the JSON importers
/// read, found by the same names, and the legacy archive's album pages.
enum HTMLExportPage: Equatable {
    case facebook(FacebookFile)
    case instagram(InstagramFile)

    /// The kind of the page at `path` for `platform`, or nil for a page Exposure does not read.
    static func kind(of path: String, platform: Platform) -> HTMLExportPage? {
        guard let twin = jsonTwin(of: path) else { return nil }
        switch platform {
        case .facebook:
            if isLegacyAlbum(path) { return .facebook(.album) }
            return FacebookFile.kind(of: twin).flatMap { jsonOnly.facebook.contains($0) ? nil : .facebook($0) }
        case .instagram:
            return InstagramFile.kind(of: twin).flatMap { jsonOnly.instagram.contains($0) ? nil : .instagram($0) }
        }
    }

    /// Files read from JSON only: their HTML pages' shapes are not established (media-sources.md, 2026-11;
    /// html-export.md names only Facebook's `short_videos/your_reels.html` and Instagram's
    /// `other_content.html` among the newer files, both in the posts pages' shape).
    private static let jsonOnly: (facebook: [FacebookFile], instagram: [InstagramFile]) = (
        [.comments, .groupComments, .metaAIChat, .sharedMemories, .birthdayMedia, .topMoments, .dating, .avatars],
        [.threadsPosts, .threadsProfile, .postComments, .insights, .metaAIChat]
    )

    /// `…/album/0.html` → `…/album/0.json`.
    static func jsonTwin(of path: String) -> String? {
        guard isPage(path) else { return nil }
        return String(path.dropLast(5)) + ".json"
    }

    static func isPage(_ path: String) -> Bool {
        path.utf8.count > 5 && path.utf8.suffix(5).elementsEqual(".html".utf8)
    }

    /// The ≤2018 archive's `photos/<album id>.html`.
    private static func isLegacyAlbum(_ path: String) -> Bool {
        let parts = path.split(separator: "/")
        return parts.count == 2 && parts[0] == "photos" && parts[1].dropLast(5).allSatisfy(\.isNumber)
    }

    /// Pages that state the account's language: `preferences/language_and_locale.html`, older `about_you/preferences.html`.
    static func statesLanguage(_ path: String) -> Bool {
        path.hasSuffix("language_and_locale.html") || path.hasSuffix("about_you/preferences.html")
    }
}
