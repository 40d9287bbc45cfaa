/// The part of a media object that Facebook and Instagram write alike: its `uri`, its creation time,
/// and its `photo_metadata` or `video_metadata`, which each platform reads in its own way.
enum MediaObject {
    static func finding(
        _ media: JSONValue, kind: SourceKind, file: String, kept: (JSONValue) -> KeptMetadata?
    ) -> Finding? {
        guard let uri = media["uri"].rawString, !uri.isEmpty else { return nil }
        var finding = Finding(uri: uri, kind: kind, jsonFile: file)
        finding.createdAt = MetaTime.date(media["creation_timestamp"])
        finding.link = media["backup_uri"].text.flatMap(PlatformLink.web)
        let metadata = media["media_metadata"]
        for (key, type) in [("photo_metadata", MediaType.photo), ("video_metadata", .video)] where metadata[key] != .null {
            finding.mediaType = type
            finding.kept = kept(metadata[key])
            break
        }
        return finding
    }

    /// Every media object (an object with a `uri`) at any depth, not looking inside one, for files whose
    /// few media sit wherever the year put them (Dating, avatars, Instagram's chats with Meta AI).
    static func all(in json: JSONValue) -> [JSONValue] {
        switch json {
        case .object(let members):
            if json["uri"].rawString != nil { return [json] }
            return members.keys.sorted().flatMap { all(in: members[$0]!) }
        case .array(let values):
            return values.flatMap(all)
        default:
            return []
        }
    }
}
