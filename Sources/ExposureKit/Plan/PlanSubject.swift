/// An item, or a group of alike items, as the plan sees it: enough to tell which steps change it,
/// and nothing more, so the plan can be counted from the report's groups without reading items.
struct PlanSubject {
    var exportId: Int64
    var platform: Platform
    var spot: Spot
    var visibility: Visibility
    var wasPublic: WasPublic
    var verdict: VerdictKind?
    var rule: String?
    /// The keys of the facts whose absence keeps the verdict unknown, as `aiMissing` lists them.
    var missing: [Substring]
    /// Gives away a location, an upload IP or a camera serial.
    var givesSomethingAway: Bool
    /// Public, and gives something away.
    var exposed: Bool { visibility == .public && givesSomethingAway }

    /// Where an item sits in the sense that decides which setting reaches it; read from the ways the
    /// export mentions it, the first that applies in this order.
    enum Spot {
        case unreferenced, profile, hidden, group, otherPage, story, timeline, album, reel, uncategorized

        private static let order: [(SourceKind, Spot)] = [
            (.unreferenced, .unreferenced), (.profilePicture, .profile), (.coverPhoto, .profile), (.group, .group),
            (.otherPage, .otherPage), (.story, .story), (.post, .timeline), (.sharedMemory, .timeline), (.album, .album), (.video, .timeline),
            (.reel, .reel), (.uncategorized, .uncategorized),
        ]

        init(_ kinds: [SourceKind]) {
            if !kinds.isEmpty, kinds.allSatisfy({ $0 == .archived || $0 == .deleted }) {
                self = .hidden
            } else {
                self = Self.order.first { kinds.contains($0.0) }?.1 ?? .uncategorized
            }
        }
    }

    init(exportId: Int64, platform: Platform, kinds: [SourceKind], visibility: String, wasPublic: String?, verdict: String?,
         rule: String?, missing: String?, givesSomethingAway: Bool) {
        self.exportId = exportId
        self.platform = platform
        spot = Spot(kinds)
        self.visibility = Visibility(rawValue: visibility) ?? .unknown
        self.wasPublic = wasPublic.flatMap(WasPublic.init) ?? .unknown
        self.verdict = verdict.flatMap(VerdictKind.init)
        self.rule = rule
        self.missing = missing?.split(separator: ";") ?? []
        self.givesSomethingAway = givesSomethingAway
    }

    init(_ row: ItemRow) {
        let item = row.item
        self.init(exportId: item.exportId, platform: row.platform, kinds: row.sources, visibility: item.visibility, wasPublic: item.wasPublic,
                  verdict: item.aiTraining, rule: item.aiRule, missing: item.aiMissing,
                  givesSomethingAway: !item.giveaways.isEmpty)
    }

    var isUsed: Bool { verdict == .used }

    /// Used for AI training now, or public and giving something away: what the plan's order counts.
    var matters: Bool { isUsed || exposed }
}
