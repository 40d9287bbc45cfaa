/// A verdict with everything `exposure explain` shows about how it was reached.
public struct Evaluation: Sendable {
    public let verdict: Verdict
    /// The facts the rules saw, with where each came from.
    public let facts: [FactLine]
    /// Every rule in evaluation order up to the one that decided.
    public let steps: [TraceStep]
    /// The verdict's sources, resolved.
    public let sources: [PolicySource]
    public let evidenceCutoff: String
}

/// One fact as the explanation shows it, because the user must see what rests on their own word.
public struct FactLine: Sendable, Equatable {
    public let name: String
    public let value: String
    /// `export`, `user`, a visibility source such as `account_setting`, or nil when not set.
    public let origin: String?
}

/// One rule checked for one item, so the user can follow the order the rules were tried in.
public struct TraceStep: Sendable, Equatable {
    /// What the rule did with the item.
    public enum Status: String, Sendable {
        case matched
        case notApplicable = "not applicable"
        /// It would apply for some values of facts not set.
        case undecided
        /// An adjustment rule changed what later rules see.
        case adjusted
    }

    public let ruleID: String
    public let summary: String
    public let status: Status
    public let note: String
}
