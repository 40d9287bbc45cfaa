import Foundation

/// Turns the items of a page into findings and account facts, the way the JSON importers read the
/// page's JSON twin, and remembers the labels it did not understand.
final class HTMLPageReader {
    let languages: [HTMLLanguage]
    private(set) var labels = UnknownLabels()

    init(languages: [HTMLLanguage]) {
        self.languages = languages
    }

    /// Album, uncategorized and video pages date the media itself; posts and the like date the post.
    func facebook(_ page: HTMLPage, _ file: FacebookFile) -> [Finding] {
        switch file {
        case .album, .uncategorized, .videos:
            let album = file == .album ? page.title : nil
            return page.items().map { collected($0, file, album: album) }
        case .posts, .stories, .groupPosts, .otherPages, .reels:
            return page.items().map { posted($0, file) }
        case .profileUpdates:
            // As in the JSON: a profile update, and by its title a profile picture or cover photo.
            return page.items().flatMap { item in
                let shown = posted(item, file)
                var update = shown
                update.kind = .profileUpdate
                return [update, shown]
            }
        case .privacySettings, .profileInformation, .comments, .groupComments, .metaAIChat,
             .sharedMemories, .birthdayMedia, .topMoments, .dating, .avatars:
            return []
        }
    }

    /// Posts, stories, reels and the rest: the caption heads the item's block.
    func instagram(_ page: HTMLPage, _ file: InstagramFile) -> [Finding] {
        page.items().map { item in
            var finding = basic(item, kind: file.sourceKind)
            finding.caption = item.heading.first
            finding.postedAt = item.date?.date
            return finding
        }
    }

    /// The account's privacy and birthday rows, and its profile photo, which has no date on this page.
    func personalInformation(_ page: HTMLPage) -> (findings: [Finding], facts: [AccountFact]) {
        var map: [String: JSONValue] = [:]
        for row in HTMLPage.rows(of: page.root.descendants(named: "table")) where map[row.label] == nil {
            map[row.label] = .object(["value": .string(row.value)])
        }
        let facts = AccountPrivacy.currentFlag(.object(map), file: page.path) + AccountPrivacy.birthDate(.object(map), file: page.path)
        let base = page.baseFolder
        let photos = page.root.descendants(named: "img").compactMap { $0.attributes["src"].flatMap { HTMLPage.resolve($0, from: base) } }
            .filter { $0.hasPrefix("media/") }
            .map { uri in
                var finding = Finding(uri: uri, kind: .profilePicture, jsonFile: page.path)
                finding.mediaType = .photo
                return finding
            }
        return (photos, facts)
    }

    private func collected(_ item: HTMLItem, _ file: FacebookFile, album: String?) -> Finding {
        let kind: SourceKind = switch file {
        case .uncategorized: .uncategorized
        case .videos: .video
        default: album.flatMap(FacebookAlbumName.kind) ?? .album
        }
        var finding = basic(item, kind: kind)
        finding.album = album
        finding.caption = item.textsAfter.first { !$0.isEmpty }
        finding.createdAt = item.date?.date
        return finding
    }

    private func posted(_ item: HTMLItem, _ file: FacebookFile) -> Finding {
        let after = item.textsAfter
        let title = after.first.flatMap { $0.isEmpty ? nil : $0 }
        let kind: SourceKind = switch file {
        case .stories: .story
        case .groupPosts: .group
        case .otherPages: .otherPage
        case .reels: .reel
        case .profileUpdates:
            title.flatMap(FacebookAlbumName.kind)
                ?? (item.heading.contains(where: FacebookAlbumName.mentionsCover) ? .coverPhoto : .profilePicture)
        default: .post
        }
        var finding = basic(item, kind: kind)
        finding.mediaTitle = title
        finding.caption = item.textBeforeMedia ?? after.dropFirst().first { !$0.isEmpty }
        finding.postedAt = item.date?.date
        return finding
    }

    private func basic(_ item: HTMLItem, kind: SourceKind) -> Finding {
        var finding = Finding(uri: item.uri, kind: kind, jsonFile: item.page.path)
        finding.mediaType = item.isVideo ? .video : .photo
        finding.shown = item.date.map(ShownTime.init)
        finding.kept = kept(item.rows, page: item.page.path)
        return finding
    }

    /// The rows as Meta's JSON would keep them: known labels under the JSON's keys, others under their own label.
    private func kept(_ rows: [(label: String, value: String)], page: String) -> KeptMetadata? {
        guard !rows.isEmpty else { return nil }
        var kept = KeptMetadata()
        var fields: [String: JSONValue] = [:]
        for (label, value) in rows {
            guard let known = understood(label) else {
                labels.note(label, page: page)
                fields[label] = .string(value)
                continue
            }
            fields[known.jsonKey] = .string(value)
            take(known, value, into: &kept)
        }
        kept.fields = fields
        return kept
    }

    private func take(_ label: HTMLLabel, _ value: String, into kept: inout KeptMetadata) {
        let text = value.isEmpty ? nil : value
        switch label {
        case .taken: kept.takenAt = text.flatMap { DisplayTimeParser.parse($0, languages: languages)?.date }
        case .dateTaken: kept.takenAtText = text.flatMap(CameraTime.normalise)
        case .cameraMake: kept.cameraMake = text
        case .cameraModel: kept.cameraModel = text
        case .latitude: kept.latitude = text.flatMap(Self.degrees)
        case .longitude: kept.longitude = text.flatMap(Self.degrees)
        case .uploadIP: kept.uploadIP = text == "-" ? nil : text
        default: break
        }
    }

    /// Decimal degrees, with a decimal comma where the language writes one.
    private static func degrees(_ text: String) -> Double? {
        Double(text.contains(".") ? text : text.replacingOccurrences(of: ",", with: "."))
    }

    /// A label in the export's language first, then in any other; case and a trailing colon do not matter.
    private func understood(_ raw: String) -> HTMLLabel? {
        var key = raw.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if key.hasSuffix(":") { key = String(key.dropLast()).trimmingCharacters(in: .whitespaces) }
        return languages.lazy.compactMap { $0.labels[key] }.first
    }
}

/// Labels of metadata rows that no table knows, listed once per export so none is dropped unseen.
struct UnknownLabels {
    private var seen: [String] = []
    private var firstPage: String?

    mutating func note(_ label: String, page: String) {
        guard !seen.contains(label) else { return }
        seen.append(label)
        firstPage = firstPage ?? page
    }

    /// One warning naming every such label, or none.
    var warnings: [ScanWarning] {
        guard let firstPage else { return [] }
        return [ScanWarning(file: firstPage, message: "labels not understood: \(seen.joined(separator: ", ")) (their values are kept as written)")]
    }
}
