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

    init() {}

    /// Counts `item` `count` times.
    mutating func add(_ item: ItemRecord, _ count: Int) {
        let gives = Set(item.giveaways)
        items += count
        if item.mediaType == "video" { videos += count } else { photos += count }
        if gives.contains(.location) { withLocation += count }
        if gives.contains(.uploadIP) { withUploadIP += count }
        if gives.contains(.cameraSerial) { withCameraSerial += count }
        if item.wasPublicBefore { publicBefore += count }
        guard item.isPublic else { return }
        publicItems += count
        if gives.contains(.location) { publicWithLocation += count }
        if gives.contains(.uploadIP) { publicWithUploadIP += count }
        if gives.contains(.cameraSerial) { publicWithCameraSerial += count }
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

    /// Counts `item`'s verdict `count` times; the rules are counted apart, see `ReportTally`.
    mutating func add(_ item: ItemRecord, _ count: Int) {
        switch item.aiTraining {
        case "used": used += count
        case "excluded": excluded += count
        case "unknown": unknown += count
        default: notComputed += count
        }
    }

    /// Most items first, then by verdict and rule, so the order never depends on the database's.
    static func ranked(_ rules: some Sequence<RuleCount>) -> [RuleCount] {
        rules.sorted { ($1.items, $0.verdict, $0.rule) < ($0.items, $1.verdict, $1.rule) }
    }
}
