/// What the plan is worked out from: the owner's facts, every item as a subject (or a group of alike
/// ones with its size), the items it lists one by one, and the Instagram account's state.
struct PlanInputs {
    var facts: PolicyFacts
    /// The names of the exports counted: the newest of each platform.
    var exports: [String]
    var exportIds: Set<Int64>
    var subjects: [(subject: PlanSubject, count: Int)]
    /// Public items that give something away, profile photos left out, most exposing first.
    var exposed: [PlanItem]
    var profilePhotos: [ProfilePhoto]
    /// The newest Instagram export, whose account setting says whether the account is private now.
    var instagram: InstagramAccountState?

    var platforms: Set<Platform> { Set(subjects.map(\.subject.platform)) }

    /// Items matching `test`, with their share of used or exposed ones and the rules that decide them.
    func count(where test: (PlanSubject) -> Bool) -> PlanCount {
        var tally = PlanCount()
        for (subject, count) in subjects where test(subject) { tally.add(subject, count) }
        return tally
    }

    func items(where test: (PlanSubject) -> Bool) -> Int {
        count(where: test).items
    }
}

/// A profile picture or cover photo, and whether it is the one the profile shows now.
struct ProfilePhoto {
    var item: PlanItem
    var isCurrent: Bool
    var isPublic: Bool
}

/// The Instagram account as its newest export describes it.
struct InstagramAccountState {
    var exportId: Int64
    var exportName: String
    /// Nil when the export does not say.
    var isPrivate: Bool?
}

/// Items a step covers, counted.
struct PlanCount {
    var items = 0
    var changes = 0
    private var rules: [String: PlanRuleCount] = [:]

    mutating func add(_ subject: PlanSubject, _ count: Int) {
        items += count
        if subject.matters { changes += count }
        let verdict = subject.verdict?.rawValue ?? "not_computed"
        let rule = subject.rule ?? ""
        rules["\(verdict) \(rule)", default: PlanRuleCount(rule: rule, verdict: verdict, items: 0)].items += count
    }

    /// Most items first, then by rule, so the order never depends on the database's.
    var byRule: [PlanRuleCount] {
        rules.values.sorted { ($1.items, $0.rule, $0.verdict) < ($0.items, $1.rule, $1.verdict) }
    }
}

/// A step before it is ordered among the others, with the test that finds its items for `--items`.
struct PlanDraft {
    var action: PlanAction
    /// Nil for steps that list their items themselves.
    var covers: ((PlanSubject) -> Bool)?
}

extension PlanAction {
    /// A step with the counts of `count`; the text and sources are filled in by the caller.
    init(id: String, title: String, status: PlanStatus, statusReason: String, does: String, count: PlanCount,
         mayAlsoCover: Int = 0, notCovered: [PlanLimit], place: PlanPlace?, sources: [String]) {
        self.init(
            id: id, title: title, status: status, statusReason: statusReason, does: does, items: count.items,
            changes: count.changes, mayAlsoCover: mayAlsoCover, byRule: count.byRule, notCovered: notCovered,
            place: place, sources: PlanSources.cite(sources), itemList: nil)
    }
}

extension PlanLimit {
    /// A limit that concerns no items of the exports in particular.
    init(_ what: String, sources: [String]) {
        self.init(what: what, items: nil, sources: sources)
    }
}
