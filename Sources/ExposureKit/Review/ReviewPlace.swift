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
    /// Profile pictures and cover photos, and Meta Avatars (shown where they are used, often as the profile picture).
    case profile
    /// Archived or recently deleted (Instagram).
    case archive
    /// Files no JSON of the export names.
    case unreferenced

    /// The order in which an item's place is decided: the first whose tests all hold. Kept as data so
    /// the SQL that answers select items by (`visibility set --in`) and the Swift that groups them for
    /// questions cannot disagree.
    static let order: [(tests: [PlaceTest], place: ReviewPlace)] = [
        ([.has([.unreferenced])], .unreferenced),
        ([.has([.profilePicture, .coverPhoto, .avatar])], .profile),
        ([.notFacebook, .only([.archived, .deleted])], .archive),
        ([.notFacebook, .only([.threads])], .threads),
        ([.notFacebook, .only([.comment])], .comments),
        ([.notFacebook], .posts),
        ([.has([.group, .groupComment])], .groups),
        ([.has([.pagePost])], .page),
        ([.has([.otherPage])], .otherPages),
        ([.has([.story])], .stories),
        ([.albumYouMade], .albums),
        ([.postOrInAlbum], .posts),
        // Shared memories and birthday media are posts on the owner's timeline.
        ([.has([.sharedMemory, .birthday])], .posts),
        ([.has([.video])], .videos),
        ([.has([.reel])], .reels),
        ([.has([.comment])], .comments),
    ]

    /// What is left over.
    static let otherwise = ReviewPlace.uncategorized

    /// An SQL expression giving the place of the `item` row in scope.
    static let sql: String = {
        let whens = order.map { tests, place in
            "WHEN " + tests.map(\.sql).joined(separator: " AND ") + " THEN '\(place.rawValue)'"
        }
        return "(CASE \(whens.joined(separator: " ")) ELSE '\(otherwise.rawValue)' END)"
    }()

    /// The place of an item with these source kinds, platform and album, as `sql` gives it.
    static func of(_ kinds: SourceSets.Kinds, isFacebook: Bool, album: String?) -> ReviewPlace {
        order.first { $0.tests.allSatisfy { $0.holds(kinds, isFacebook: isFacebook, album: album) } }?.place ?? otherwise
    }
}

/// One condition of `ReviewPlace.order`, in SQL and in Swift.
enum PlaceTest {
    case has([SourceKind])
    case notFacebook
    /// Found in no other way than these.
    case only([SourceKind])
    case albumYouMade
    case postOrInAlbum

    var sql: String {
        switch self {
        case .has(let kinds):
            "EXISTS (SELECT 1 FROM itemSource s WHERE s.itemId = item.id AND s.kind IN (\(kinds.map { "'\($0.rawValue)'" }.joined(separator: ", "))))"
        case .notFacebook: "(SELECT platform FROM export WHERE export.id = item.exportId) <> 'facebook'"
        case .only(let kinds):
            "NOT EXISTS (SELECT 1 FROM itemSource s WHERE s.itemId = item.id AND s.kind NOT IN (\(kinds.map { "'\($0.rawValue)'" }.joined(separator: ", "))))"
        case .albumYouMade: "(item.album IS NOT NULL AND lower(item.album) NOT IN (\(FacebookOwnAlbums.sqlList)))"
        case .postOrInAlbum: "(\(PlaceTest.has([.post]).sql) OR item.album IS NOT NULL)"
        }
    }

    func holds(_ kinds: SourceSets.Kinds, isFacebook: Bool, album: String?) -> Bool {
        switch self {
        case .has(let wanted): wanted.contains(where: kinds.contains)
        case .notFacebook: !isFacebook
        case .only(let wanted): kinds.kinds.allSatisfy(wanted.contains)
        // SQLite's lower() changes ASCII letters only, and so does the fold.
        case .albumYouMade: album.map { !FacebookOwnAlbums.names.contains(QuestionScope.fold($0)) } ?? false
        case .postOrInAlbum: kinds.contains(.post) || album != nil
        }
    }
}

/// The albums Facebook makes by itself: their photos keep the audience of the post they came with,
/// so the review asks about them by year, as posts, not as one album (dummies.com, "How to Edit the
/// Privacy Settings for Your Facebook Albums", undated; lockergnome.com, 2013-04-01).
enum FacebookOwnAlbums {
    /// Lowercased names in the languages seen in exports; an album missing here is only asked about
    /// as an album, which is still a truthful question.
    static let names: Set<String> = [
        "mobile uploads", "timeline photos", "wall photos", "instagram photos", "untitled album", "videos",
        "handy-uploads", "chronikfotos", "pinnwandfotos", "téléchargements mobiles", "photos du journal",
        "subidas desde el móvil", "fotos de la biografía", "fotos do celular", "fotos da linha do tempo",
        "caricamenti da cellulare", "foto del diario", "mobiele uploads", "tijdlijnfoto's",
    ]

    static var sqlList: String {
        names.sorted().map { "'" + $0.replacingOccurrences(of: "'", with: "''") + "'" }.joined(separator: ", ")
    }
}
