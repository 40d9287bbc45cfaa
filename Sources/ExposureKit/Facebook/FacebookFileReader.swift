/// Turns one parsed Facebook JSON file into findings.
struct FacebookFileReader {
    let file: String

    /// The file's list: a top-level array, or the array under one of `keys`, or an object's only array.
    func list(_ json: JSONValue, keys: [String]) -> [JSONValue]? {
        if let list = json.array { return list }
        guard let members = json.object else { return nil }
        if let key = keys.first(where: { members[$0] != nil }) { return members[key]?.array }
        let arrays = members.values.compactMap(\.array)
        return arrays.count == 1 ? arrays[0] : nil
    }

    func findings(in list: [JSONValue], kind: FacebookFile) -> (findings: [Finding], thumbnails: [String]) {
        var findings: [Finding] = []
        for element in list {
            switch kind {
            case .uncategorized: findings += media([element], as: .uncategorized)
            case .videos: findings += media([element], as: .video).map { withType($0, .video) }
            case .posts: findings += post(element, as: .post)
            case .stories: findings += post(element, as: .story)
            case .groupPosts: findings += post(element, as: .group)
            case .profileUpdates: findings += profileUpdate(element)
            case .otherPages: findings += envelope(element, as: .otherPage)
            case .reels: findings += post(element, as: .reel).map { withType($0, .video) }
            case .comments: findings += comment(element, as: .comment)
            case .groupComments: findings += comment(element, as: .groupComment)
            case .metaAIChat: findings += MetaAIChat.findings(in: element, file: file)
            case .sharedMemories: findings += envelope(element, as: .sharedMemory)
            case .birthdayMedia: findings += envelope(element, as: .birthday).map(Self.titleAsCaption)
            case .topMoments: findings += envelope(element, as: .topMoments)
            case .dating: findings += media(MediaObject.all(in: element), as: .dating)
            case .avatars: findings += media(MediaObject.all(in: element), as: .avatar)
            case .album, .privacySettings, .profileInformation: break
            }
        }
        let thumbnails = list.flatMap(Self.thumbnailURIs) + (kind == .metaAIChat ? list.flatMap(MetaAIChat.replyMedia) : [])
        return (findings, thumbnails)
    }

    /// An album's photos, and the URIs of its cover, which repeats a photo or points at the web.
    func album(_ json: JSONValue) -> (findings: [Finding], coverURIs: [String])? {
        guard let members = json.object, let photos = json["photos"].array ?? (json["photos"] == .null ? [] : nil) else {
            return nil
        }
        var heading = AlbumHeading()
        for (name, value) in members { heading.take(name, value) }
        return (albumPhotos(photos, heading), heading.coverURIs)
    }

    /// Findings for photos of an album whose heading is known, for albums read a photo at a time.
    func albumPhotos(_ photos: [JSONValue], _ heading: AlbumHeading) -> [Finding] {
        media(photos, as: heading.kind).map { photo in
            var photo = photo
            photo.album = heading.name
            return photo
        }
    }

    /// "Who can see your future posts?" and the other settings of `privacy_settings.json`.
    func privacySettings(_ json: JSONValue) -> [AccountFact] {
        let labels = json["label_values"].elements.flatMap { $0["dict"].elements + [$0] }
        return labels.compactMap { entry in
            guard let label = entry["label"].text, let value = entry["value"].text else { return nil }
            let name = label == "Who can see your future posts?" ? AccountFactName.defaultAudience : "privacy_setting: \(label)"
            return AccountFact(name: name, value: value, file: file)
        }
    }

    /// The birthday of `profile_information.json` (`profile_v2.birthday`, older `profile.birthday`).
    func profileInformation(_ json: JSONValue) -> [AccountFact] {
        let birthday = json["profile_v2"]["birthday"] != .null ? json["profile_v2"]["birthday"] : json["profile"]["birthday"]
        guard let year = birthday["year"].int, let month = birthday["month"].int, let day = birthday["day"].int,
              year > 1900, (1...12).contains(month), (1...31).contains(day)
        else { return [] }
        let text = String(format: "%04d-%02d-%02d", year, month, day)
        return [AccountFact(name: AccountFactName.birthDate, value: text, file: file)]
    }

    private func media(_ objects: [JSONValue], as kind: SourceKind) -> [Finding] {
        let kind = isPageFile && Self.pageKinds.contains(kind) ? .pagePost : kind
        return objects.compactMap { FacebookMedia.finding($0, kind: kind, file: file) }
    }

    /// Files of a Page's (or an additional profile's) own export, whose posts, albums and videos are the Page's.
    var isPageFile: Bool {
        file.hasPrefix(FacebookLayout.pageFolder) || file.contains("/" + FacebookLayout.pageFolder)
    }

    /// What a Page's own files list as posts, albums, photos, videos and reels: all posted by the Page.
    private static let pageKinds: Set<SourceKind> = [.post, .album, .uncategorized, .video, .reel]

    private func post(_ post: JSONValue, as kind: SourceKind) -> [Finding] {
        attachedMedia(of: post, as: kind, text: FacebookMedia.text(of: post))
    }

    /// A comment's photos (`attachments[].data[].media`), with the comment's words (`data[].comment.comment`).
    private func comment(_ comment: JSONValue, as kind: SourceKind) -> [Finding] {
        attachedMedia(of: comment, as: kind, text: comment["data"].elements.lazy.compactMap { $0["comment"]["comment"].text }.first)
    }

    /// The media attached to a post-like entry, with the entry's words and time.
    private func attachedMedia(of entry: JSONValue, as kind: SourceKind, text: String?) -> [Finding] {
        let time = MetaTime.date(entry["timestamp"])
        return media(FacebookMedia.attached(to: entry), as: kind).map { media in
            var media = media
            media.caption = text ?? media.caption
            media.postedAt = time
            return media
        }
    }

    /// A profile update's photo is a `profile_update` and, by the update's title, a profile picture or cover photo.
    private func profileUpdate(_ update: JSONValue) -> [Finding] {
        let title = update["title"].text ?? ""
        return post(update, as: .profileUpdate).flatMap { media in
            var shown = media
            let albumKind = media.mediaTitle.flatMap(FacebookAlbumName.kind)
            shown.kind = albumKind ?? (FacebookAlbumName.mentionsCover(title) ? .coverPhoto : .profilePicture)
            return [media, shown]
        }
    }

    /// The label_values envelope of newer files: media may hang off the entry or any nested label.
    private func envelope(_ entry: JSONValue, as kind: SourceKind) -> [Finding] {
        let time = MetaTime.date(entry["timestamp"])
        let text = entry["label_values"].elements.first { Self.messageLabels.contains($0["label"].text ?? "") }?["value"].text
        return media(Self.nestedMedia(entry), as: kind).map { media in
            var media = media
            media.postedAt = time
            media.caption = media.caption ?? text
            return media
        }
    }

    /// Labels under which the label_values envelope keeps the user's own words.
    private static let messageLabels: Set<String> = ["Message", "Text", "Post", "Nachricht", "Beitrag"]

    private static func nestedMedia(_ json: JSONValue) -> [JSONValue] {
        switch json {
        case .object(let members):
            let own = members["media"]?.elements.filter { $0["uri"] != .null } ?? []
            return own + members.filter { $0.key != "media" }.values.flatMap(nestedMedia)
        case .array(let values):
            return values.flatMap(nestedMedia)
        default:
            return []
        }
    }

    /// Birthday media's `title` is a greeting, not the album name a post's media title is.
    private static func titleAsCaption(_ finding: Finding) -> Finding {
        var finding = finding
        finding.caption = finding.caption ?? finding.mediaTitle
        finding.mediaTitle = nil
        return finding
    }

    private func withType(_ finding: Finding, _ type: MediaType) -> Finding {
        var finding = finding
        finding.mediaType = finding.mediaType ?? type
        return finding
    }

    private static func thumbnailURIs(_ json: JSONValue) -> [String] {
        switch json {
        case .object(let members):
            let own = members["thumbnail"]?["uri"].rawString.map { [$0] } ?? []
            return own + members.values.flatMap(thumbnailURIs)
        case .array(let values):
            return values.flatMap(thumbnailURIs)
        default:
            return []
        }
    }
}

/// What an album file says besides its photos: its name, which decides the kind, and its cover.
struct AlbumHeading {
    var name: String?
    var coverURIs: [String] = []

    var kind: SourceKind { name.flatMap(FacebookAlbumName.kind) ?? .album }

    /// Takes one member of the album object; photos are read elsewhere.
    mutating func take(_ member: String, _ value: JSONValue) {
        switch member {
        case "name": name = value.text
        case "cover_photo": coverURIs = [value["uri"].rawString].compactMap { $0 }
        default: break
        }
    }
}
