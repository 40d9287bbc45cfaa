/// One question of the review: who could see these items? It shows what a person needs to answer
/// truthfully and what the answer would settle.
public struct Question: Sendable {
    public var scope: QuestionScope
    public var items = 0
    public var videos = 0
    /// Verdicts an answer alone decides: unknown only for want of the audience.
    public var settles = 0
    /// What ranks the question: the verdicts it decides, weighted by what their items give away.
    public var weight = 0
    /// The first and last posting times, as stored.
    public var firstPosted: String?
    public var lastPosted: String?
    public var withLocation = 0
    public var withUploadIP = 0
    public var withCameraSerial = 0
    /// A few captions or file names, so the person recognises the items.
    public var examples: [String] = []
    /// Pages on the platform where the export says the items can be opened.
    public var links: [String] = []
    /// The archive paths of its first items, so a report can show which they are.
    public var firstPaths: [String] = []
    /// The ids of its items, for answering and for "show the items".
    public var itemIds: [Int64] = []

    /// How many items' paths a question keeps for reports.
    static let pathsShown = 20

    init(scope: QuestionScope) {
        self.scope = scope
    }

    mutating func add(_ item: ReviewItem) {
        items += 1
        if item.isVideo { videos += 1 }
        if item.waitsOnAudience { settles += 1 }
        weight += item.weight
        if let posted = item.postedAt {
            if firstPosted.map({ posted < $0 }) ?? true { firstPosted = posted }
            if lastPosted.map({ posted > $0 }) ?? true { lastPosted = posted }
        }
        if item.gives.contains(.location) { withLocation += 1 }
        if item.gives.contains(.uploadIP) { withUploadIP += 1 }
        if item.gives.contains(.cameraSerial) { withCameraSerial += 1 }
        if examples.count < 3 { examples.append(Self.example(item)) }
        if let link = item.link, PlatformLink.opensOnPlatform(link), links.count < 3 { links.append(link) }
        if firstPaths.count < Self.pathsShown { firstPaths.append(item.path) }
        itemIds.append(item.id)
    }

    /// The caption's first words, else the file's name.
    private static func example(_ item: ReviewItem) -> String {
        let caption = item.caption?.split(whereSeparator: \.isNewline).first.map(String.init)?.trimmingCharacters(in: .whitespaces)
        guard let caption, !caption.isEmpty else { return String(item.path.split(separator: "/").last ?? "") }
        return caption.count > 60 ? String(caption.prefix(57)) + "…" : caption
    }
}
