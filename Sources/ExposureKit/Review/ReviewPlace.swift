/// Where on Facebook or Instagram an item sits, in the sense that decides who could see it: an album
/// you made has one audience, a post its own, a group the group's. Every item has exactly one place,
/// so questions about different places never cover the same item.
public enum ReviewPlace: String, Sendable, Codable, CaseIterable {
    /// In an album the person made (Facebook): one audience for the whole album.
    case albums
    /// Posts, and Facebook's own albums such as Mobile uploads (Facebook); every post, reel and story
    /// (Instagram, where the account's setting decides).
    case posts
    case uncategorized, videos, reels, stories, groups
    /// Photos in comments, which have the audience of the post they are on.
    case comments
    /// Posts in a Facebook Page's own export when the export is not clearly a Page's.
    case page
    /// Threads posts and replies (Instagram's export), whose audience the Threads profile decides.
    case threads
    /// Posts on someone else's timeline or Page, whose audience that person or Page chose.
    case otherPages = "other-pages"
    /// Profile pictures and cover photos.
    case profile
    /// Archived or recently deleted (Instagram).
    case archive
    /// Files no JSON of the export names.
    case unreferenced

    /// An SQL expression giving the place of the `item` row in scope, in the order the cases are tried.
    static let sql: String = {
        let facebook = "(SELECT platform FROM export WHERE export.id = item.exportId) = 'facebook'"
        let cases: [(String, ReviewPlace)] = [
            (has(.unreferenced), .unreferenced),
            ("(\(has(.profilePicture)) OR \(has(.coverPhoto)))", .profile),
            ("NOT \(facebook) AND NOT EXISTS (SELECT 1 FROM itemSource s WHERE s.itemId = item.id AND s.kind NOT IN ('archived', 'deleted'))", .archive),
            ("NOT \(facebook) AND NOT EXISTS (SELECT 1 FROM itemSource s WHERE s.itemId = item.id AND s.kind <> 'threads')", .threads),
            ("NOT \(facebook)", .posts),
            ("(\(has(.group)) OR \(has(.groupComment)))", .groups),
            (has(.pagePost), .page),
            (has(.otherPage), .otherPages),
            (has(.story), .stories),
            ("item.album IS NOT NULL AND lower(item.album) NOT IN (\(FacebookOwnAlbums.sqlList))", .albums),
            ("(\(has(.post)) OR item.album IS NOT NULL)", .posts),
            (has(.video), .videos),
            (has(.reel), .reels),
            (has(.comment), .comments),
        ]
        let whens = cases.map { "WHEN \($0.0) THEN '\($0.1.rawValue)'" }.joined(separator: " ")
        return "(CASE \(whens) ELSE '\(ReviewPlace.uncategorized.rawValue)' END)"
    }()

    private static func has(_ kind: SourceKind) -> String {
        "EXISTS (SELECT 1 FROM itemSource s WHERE s.itemId = item.id AND s.kind = '\(kind.rawValue)')"
    }
}

/// The albums Facebook makes by itself: their photos keep the audience of the post they came with,
/// so the review asks about them by year, as posts, not as one album (dummies.com, "How to Edit the
/// Privacy Settings for Your Facebook Albums", undated; lockergnome.com, 2013-04-01).
enum FacebookOwnAlbums {
    /// Lowercased names in the languages seen in exports; an album missing here is only asked about
    /// as an album, which is still a truthful question.
    static let names: [String] = [
        "mobile uploads", "timeline photos", "wall photos", "instagram photos", "untitled album", "videos",
        "handy-uploads", "chronikfotos", "pinnwandfotos", "téléchargements mobiles", "photos du journal",
        "subidas desde el móvil", "fotos de la biografía", "fotos do celular", "fotos da linha do tempo",
        "caricamenti da cellulare", "foto del diario", "mobiele uploads", "tijdlijnfoto's",
    ]

    static var sqlList: String {
        names.map { "'" + $0.replacingOccurrences(of: "'", with: "''") + "'" }.joined(separator: ", ")
    }
}
