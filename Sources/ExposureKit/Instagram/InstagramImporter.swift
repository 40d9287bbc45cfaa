import Foundation

/// Reads the media and the account's privacy of an Instagram export, whatever year's layout it follows.
public struct InstagramImporter {
    private let archive: ExportArchive

    public init(archive: ExportArchive) {
        self.archive = archive
    }

    /// How many of the export's files this importer reads, to tell an Instagram export from others.
    public static func recognisedFiles(in archive: ExportArchive) -> Int {
        archive.entries.count { InstagramFile.kind(of: $0.path) != nil }
    }

    /// Hands every finding of every recognised file to `sink`; a file that cannot be read becomes a warning.
    func run(into sink: any FindingSink) throws -> ImportResult {
        let files = archive.entries.compactMap { entry in InstagramFile.kind(of: entry.path).map { (entry, $0) } }
        var result = ImportResult(platform: .instagram, layout: InstagramLayout.name(for: files.map(\.0.path)), sink: sink)
        for (entry, kind) in files {
            var part = ImportResult(platform: .instagram, layout: result.layout, sink: sink)
            if let error = try sink.file({ try importFile(entry, kind, into: &part) }) {
                result.warnings.append(ScanWarning(file: entry.path, message: "skipped: \(error)"))
                continue
            }
            result.filesRead += 1
            result.absorb(part)
        }
        if !files.contains(where: { $0.1 == .privacyChanges }) {
            result.accountFacts.append(AccountFact(name: AccountPrivacy.historyMissing, value: "true", file: ""))
        }
        return result
    }
}

extension InstagramImporter {
    /// Reads one file; a list file, bare or wrapped in an object, is read element by element so a large
    /// posts file never sits in memory whole.
    private func importFile(_ entry: ExportEntry, _ kind: InstagramFile, into part: inout ImportResult) throws {
        let reader = InstagramFileReader(file: entry.path, kind: kind)
        guard kind.isList else { return reader.collect(try archive.json(of: entry), into: &part) }
        let whole = try archive.forEachJSONElement(of: entry, arrays: .first) { reader.collect(.array([$0]), into: &part) }
        if let whole { reader.collect(whole, into: &part) }
    }
}

/// Turns one parsed Instagram JSON file into findings and account facts.
struct InstagramFileReader {
    let file: String
    let kind: InstagramFile

    /// Adds what `json` holds to `part`, or a warning when it is not in the shape this file should have.
    func collect(_ json: JSONValue, into part: inout ImportResult) {
        guard let read = read(json) else {
            part.warnings.append(ScanWarning(file: file, message: "skipped: its JSON is not in the shape Instagram uses for this file"))
            return
        }
        part.record(read.findings)
        part.accountFacts += read.facts
        if kind == .metaAIChat { part.recordAncillary(json["messages"].elements.flatMap(MetaAIChat.replyMedia)) }
    }

    func read(_ json: JSONValue) -> (findings: [Finding], facts: [AccountFact])? {
        switch kind {
        case .legacyMedia: return json.object == nil ? nil : (LegacyMedia.findings(json, file: file), [])
        case .legacyProfile: return json.object == nil ? nil : ([], AccountPrivacy.legacyFlag(json, file: file))
        case .personalInformation: return personalInformation(json)
        case .threadsProfile: return threadsProfile(json)
        case .privacyChanges: return list(json).map { ([], AccountPrivacy.changes($0, file: file)) }
        case .metaAIChat: return (InstagramAIChat.findings(json, file: file), [])
        case .postComments: return list(json).map { ($0.flatMap(commentMedia), []) }
        case .insights: return list(json).map { ($0.flatMap(insightThumbnails), []) }
        default: return list(json).map { (findings(in: $0), []) }
        }
    }

    /// The file's list: a top-level array, or the only array of its wrapper object.
    private func list(_ json: JSONValue) -> [JSONValue]? {
        if let list = json.array { return list }
        let arrays = json.object?.values.compactMap(\.array) ?? []
        return arrays.count == 1 ? arrays[0] : nil
    }

    /// Media listed bare or grouped into posts (`{"media": [...], "title", "creation_timestamp"}`).
    private func findings(in list: [JSONValue]) -> [Finding] {
        list.flatMap { element -> [Finding] in
            guard let media = element["media"].array else {
                return InstagramMedia.finding(element, kind: kind.sourceKind, file: file).map { [$0] } ?? []
            }
            // Threads keeps a carousel's words on its first media when the post has no title of its own.
            let title = element["title"].text ?? (kind == .threadsPosts ? media.first?["title"].text : nil)
            let time = MetaTime.date(element["creation_timestamp"])
            return media.compactMap { InstagramMedia.finding($0, kind: kind.sourceKind, file: file) }.map { item in
                var item = item
                item.caption = title ?? item.caption
                item.postedAt = time
                return item
            }
        }
    }

    /// The media a comment names (`media_list_data[]`), with the comment's words and time from `string_map_data`.
    private func commentMedia(_ comment: JSONValue) -> [Finding] {
        comment["media_list_data"].elements.compactMap { InstagramMedia.finding($0, kind: .comment, file: file) }.map { media in
            var media = media
            media.caption = comment["string_map_data"]["Comment"]["value"].text ?? media.caption
            media.postedAt = MetaTime.date(comment["string_map_data"]["Time"]["timestamp"]) ?? media.postedAt
            return media
        }
    }

    /// A professional account's post thumbnails (`media_map_data["Media Thumbnail"]`), copies of its own posts.
    private func insightThumbnails(_ post: JSONValue) -> [Finding] {
        (post["media_map_data"].object?.values.map { $0 } ?? []).compactMap { InstagramMedia.finding($0, kind: .insights, file: file) }
    }

    /// The Threads profile photo (`text_post_app_text_post_app_profile[].media_map_data`): a Threads
    /// item that is also a profile picture, shown to everyone.
    private func threadsProfile(_ json: JSONValue) -> (findings: [Finding], facts: [AccountFact])? {
        guard let profiles = json["text_post_app_text_post_app_profile"].array else { return nil }
        let photos = profiles.flatMap { $0["media_map_data"].object.map { Array($0.values) } ?? [] }
        let findings = photos.flatMap { photo in
            [SourceKind.threads, .profilePicture].compactMap { InstagramMedia.finding(photo, kind: $0, file: file) }
        }
        return (findings, [])
    }

    private func personalInformation(_ json: JSONValue) -> (findings: [Finding], facts: [AccountFact])? {
        guard let users = json["profile_user"].array else { return nil }
        var findings: [Finding] = []
        var facts: [AccountFact] = []
        for user in users {
            for photo in user["media_map_data"].object?.values.map({ $0 }) ?? [] {
                findings += InstagramMedia.finding(photo, kind: .profilePicture, file: file).map { [$0] } ?? []
            }
            facts += AccountPrivacy.currentFlag(user["string_map_data"], file: file)
            facts += AccountPrivacy.birthDate(user["string_map_data"], file: file)
        }
        return (findings, facts)
    }
}

/// The 2018–2020 `media.json`: arrays of `{caption, taken_at, path, location}`.
enum LegacyMedia {
    private static let kinds: [(key: String, kind: SourceKind, type: MediaType?)] = [
        ("photos", .post, .photo), ("videos", .post, .video), ("profile", .profilePicture, .photo),
        ("stories", .story, nil),
    ]

    static func findings(_ json: JSONValue, file: String) -> [Finding] {
        kinds.flatMap { group in
            json[group.key].elements.compactMap { element -> Finding? in
                guard let path = element["path"].rawString, !path.isEmpty else { return nil }
                var finding = Finding(uri: path, kind: group.kind, jsonFile: file)
                finding.caption = element["caption"].text
                finding.postedAt = element["taken_at"].rawString.flatMap(CameraTime.utcDate)
                finding.mediaType = group.type
                return finding
            }
        }
    }
}
