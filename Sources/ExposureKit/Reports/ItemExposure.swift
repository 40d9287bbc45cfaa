/// What an item gives away beyond the picture itself; the ranking of what to deal with first rests on it.
public enum Giveaway: String, Sendable, Codable, CaseIterable {
    case location
    case cameraSerial = "camera_serial"
    case uploadIP = "upload_ip"
}

extension ItemRecord {
    /// Visible to everyone now, by the export, the platform's rules or the user's own say.
    var isPublic: Bool { visibility == Visibility.public.rawValue }

    /// Not public now, but public at some time since it was posted (Instagram's account history).
    var wasPublicBefore: Bool { !isPublic && wasPublic == WasPublic.yes.rawValue }

    var giveaways: [Giveaway] {
        var found: [Giveaway] = []
        if hasLocation { found.append(.location) }
        if exifSerialNumber != nil { found.append(.cameraSerial) }
        if uploadIP != nil { found.append(.uploadIP) }
        return found
    }

    /// Whether the photo or video file itself still carries a location or a camera serial, which
    /// `exposure clean` can remove from a copy (Meta's JSON record is another matter).
    var fileGivesAway: Bool { exifLatitude != nil || exifSerialNumber != nil }

    /// 0 for a public item with a location, 1 for a public item with a camera serial or upload IP,
    /// nil for anything else: the order in which a user should deal with items.
    var exposureTier: Int? {
        guard isPublic else { return nil }
        if hasLocation { return 0 }
        return exifSerialNumber != nil || uploadIP != nil ? 1 : nil
    }

    /// The year it was posted, else taken; nil when neither is known.
    var year: Int? {
        (postedAt ?? takenAt).flatMap { Int($0.prefix(4)) }
    }
}
