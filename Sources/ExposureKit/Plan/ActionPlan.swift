/// What the person can do about what the exports show, with what each step covers and leaves, where
/// to do it and the sources behind it, because knowing what is exposed is only half the answer.
/// Exposure itself changes nothing on Facebook or Instagram: it has no network code.
public struct ActionPlan: Sendable, Codable, Equatable {
    /// The research date of the reference the settings paths and sources come from.
    public var asOf: String
    /// Open steps first, each ordered by how many used or exposed items it changes; then the steps
    /// already done and those not open to this person.
    public var actions: [PlanAction]
    /// What holds for every step: Exposure does nothing itself, and every step works forward only.
    public var notes: [PlanNote]
}

/// One step the person can take.
public struct PlanAction: Sendable, Codable, Equatable {
    /// A stable name for scripts, such as `object` or `facebook-limit-past-posts`.
    public var id: String
    public var title: String
    public var status: PlanStatus
    /// Why the step has that status, in the person's terms: the fact, export or answer it rests on.
    public var statusReason: String
    /// What the step does.
    public var does: String
    /// Items the step changes as the facts and answers stand.
    public var items: Int
    /// Of those, items Meta may train on now or public items that give something away.
    public var changes: Int
    /// Items it would change as well, depending on facts not set (their audience, or whether you objected).
    public var mayAlsoCover: Int
    /// The covered items by the rule that decides their verdict now.
    public var byRule: [PlanRuleCount]
    /// What the step leaves as it is, with the items of the exports that fall there.
    public var notCovered: [PlanLimit]
    public var place: PlanPlace?
    public var sources: [PlanSource]
    /// The covered items one by one: always for the steps about single items, with `--items` for the others.
    public var itemList: [PlanItem]?
}

/// Whether a step is still worth taking for this person.
public enum PlanStatus: String, Sendable, Codable {
    /// Open, and it changes something.
    case open
    /// A later export or the person's own answers show its effect.
    case done
    /// Whether it helps depends on a fact or an answer not given yet.
    case needsFacts = "needs_facts"
    /// Not available to this person, as where they live.
    case notOpen = "not_open"
}

/// How many covered items one rule decides now.
public struct PlanRuleCount: Sendable, Codable, Equatable {
    public var rule: String
    public var verdict: String
    public var items: Int
}

/// Something a step does not change, and how many of the exports' items that concerns.
public struct PlanLimit: Sendable, Codable, Equatable {
    public var what: String
    public var items: Int?
    public var sources: [String]
}

/// Where the setting or form is, as the reference found it on its date; menus move.
public struct PlanPlace: Sendable, Codable, Equatable {
    public var path: String
    public var asOf: String
    /// Meta's own page for it, when the reference gives one.
    public var link: String?
}

/// A source with its date, so every step says what it rests on.
public struct PlanSource: Sendable, Codable, Equatable {
    public var id: String
    public var title: String
    public var date: String
    public var url: String?
}

/// A sentence that holds for the whole plan, with its sources.
public struct PlanNote: Sendable, Codable, Equatable {
    public var text: String
    public var sources: [String]
}

/// One item a step covers, with what to change and where to open it.
public struct PlanItem: Sendable, Codable, Equatable {
    public var platform: Platform
    public var export: String
    public var path: String
    public var postedAt: String?
    public var aiTraining: String?
    public var gives: [Giveaway]
    /// The address that opens the item on Facebook or Instagram, when the export gives one.
    public var link: String?
    /// What to change on this item.
    public var change: String?
}
