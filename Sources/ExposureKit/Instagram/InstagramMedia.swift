import Foundation

/// Reads Instagram's media object, the same in posts, stories, reels and profile photos.
enum InstagramMedia {
    static func finding(_ media: JSONValue, kind: SourceKind, file: String) -> Finding? {
        guard var finding = MediaObject.finding(media, kind: kind, file: file, kept: kept) else { return nil }
        finding.caption = media["title"].text
        return finding
    }

    /// Instagram's `exif_data[0]`: coordinates, the camera's time, device, software and lens.
    static func kept(_ block: JSONValue) -> KeptMetadata? {
        guard let fields = block["exif_data"].elements.first?.object, !fields.isEmpty else { return nil }
        var kept = KeptMetadata()
        kept.fields = fields
        kept.latitude = fields["latitude"]?.double
        kept.longitude = fields["longitude"]?.double
        kept.takenAtText = fields["date_time_original"]?.text.flatMap(CameraTime.normalise)
        return kept
    }
}

/// Instagram writes the camera's time in several forms (`2024:06:15 18:42:11`, `20240610T181138.000Z`).
enum CameraTime {
    /// `YYYY-MM-DDTHH:MM:SS`, with `Z` only when the source said it was UTC.
    static func normalise(_ text: String) -> String? {
        let digits = Array(text.filter(\.isNumber).prefix(14))
        guard digits.count == 14, let local = LocalTime.iso(String(digits)) else { return nil }
        return text.hasSuffix("Z") ? local + "Z" : local
    }

    /// The 2018 `taken_at` (`2018-12-31T08:05:13`), which names no zone: read as UTC.
    static func utcDate(_ text: String) -> Date? {
        guard let local = normalise(text) else { return nil }
        return Instant.date(local.hasSuffix("Z") ? local : local + "Z")
    }
}
