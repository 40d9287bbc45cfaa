/// Reads Facebook's media object, the same in posts, albums, videos, stories and profile updates.
enum FacebookMedia {
    /// A finding for a media object with a `uri`; nil for anything else.
    static func finding(_ media: JSONValue, kind: SourceKind, file: String) -> Finding? {
        guard var finding = MediaObject.finding(media, kind: kind, file: file, kept: kept) else { return nil }
        finding.mediaTitle = media["title"].text
        finding.caption = media["description"].text
        return finding
    }

    /// Meta's kept EXIF, from either shape: flat (2018–2019) or wrapped in `exif_data[0]`.
    static func kept(_ block: JSONValue) -> KeptMetadata? {
        var fields = block.object ?? [:]
        if let wrapped = block["exif_data"].elements.first?.object {
            fields.removeValue(forKey: "exif_data")
            fields.merge(wrapped) { _, inner in inner }
        }
        guard !fields.isEmpty else { return nil }
        var kept = KeptMetadata()
        kept.fields = fields
        kept.takenAt = MetaTime.date(fields["taken_timestamp"] ?? .null)
        kept.cameraMake = fields["camera_make"]?.text
        kept.cameraModel = fields["camera_model"]?.text
        kept.latitude = fields["latitude"]?.double
        kept.longitude = fields["longitude"]?.double
        kept.uploadIP = fields["upload_ip"]?.text.flatMap { $0 == "-" ? nil : $0 }
        return kept
    }

    /// The `media` objects attached to a post-like entry (`attachments[].data[].media`).
    static func attached(to post: JSONValue) -> [JSONValue] {
        post["attachments"].elementsOrSelf.flatMap { attachment in
            attachment["data"].elements.map { $0["media"] }.filter { $0 != .null }
        }
    }

    /// The user's own text of a post-like entry (`data[].post`).
    static func text(of post: JSONValue) -> String? {
        post["data"].elements.lazy.compactMap { $0["post"].text }.first
    }
}
