/// The numbers a user sees first: how much there is, how much is public, and what the public part gives away.
public struct Headline: Sendable, Codable, Equatable {
    public var items = 0
    public var photos = 0
    public var videos = 0
    public var publicItems = 0
    public var publicWithLocation = 0
    public var publicWithUploadIP = 0
    public var publicWithCameraSerial = 0
    /// Not public now, but public at some time since they were posted.
    public var publicBefore = 0
    public var withLocation = 0
    public var withUploadIP = 0
    public var withCameraSerial = 0

    init(_ items: [ItemRecord]) {
        for item in items { add(item) }
    }

    private mutating func add(_ item: ItemRecord) {
        let gives = Set(item.giveaways)
        items += 1
        if item.mediaType == "video" { videos += 1 } else { photos += 1 }
        if gives.contains(.location) { withLocation += 1 }
        if gives.contains(.uploadIP) { withUploadIP += 1 }
        if gives.contains(.cameraSerial) { withCameraSerial += 1 }
        if item.wasPublicBefore { publicBefore += 1 }
        guard item.isPublic else { return }
        publicItems += 1
        if gives.contains(.location) { publicWithLocation += 1 }
        if gives.contains(.uploadIP) { publicWithUploadIP += 1 }
        if gives.contains(.cameraSerial) { publicWithCameraSerial += 1 }
    }

    /// "1,284 photos and videos; 312 public; 97 of those carry a location; 41 carry your upload IP"
    public var sentence: String {
        var text = "\(Count.text(items)) photos and videos; \(Count.text(publicItems)) public"
        guard publicItems > 0 else { return text }
        text += "; \(Count.text(publicWithLocation)) of those carry a location"
        text += "; \(Count.text(publicWithUploadIP)) carry your upload IP"
        if publicWithCameraSerial > 0 { text += "; \(Count.text(publicWithCameraSerial)) carry your camera's serial number" }
        return text
    }
}

/// How many items Meta may train on, may not, or the facts do not settle, and which rules decided.
public struct VerdictSummary: Sendable, Codable, Equatable {
    /// One rule's share of the verdicts, with the reason it gives.
    public struct RuleCount: Sendable, Codable, Equatable {
        public var verdict: String
        public var rule: String
        public var reason: String
        public var items: Int
    }

    public var used = 0
    public var excluded = 0
    public var unknown = 0
    /// Items the verdicts have not been worked out for yet.
    public var notComputed = 0
    public var rules: [RuleCount] = []

    init(_ items: [ItemRecord]) {
        var byRule: [String: RuleCount] = [:]
        for item in items {
            switch item.aiTraining {
            case "used": used += 1
            case "excluded": excluded += 1
            case "unknown": unknown += 1
            default: notComputed += 1
            }
            guard let verdict = item.aiTraining else { continue }
            let rule = item.aiRule ?? ""
            byRule["\(verdict)\u{0}\(rule)", default: RuleCount(verdict: verdict, rule: rule, reason: item.aiReason ?? "", items: 0)]
                .items += 1
        }
        rules = byRule.values.sorted { ($1.items, $0.verdict, $0.rule) < ($0.items, $1.verdict, $1.rule) }
    }
}
