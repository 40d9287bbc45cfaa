/// One rule of the reference table: an id, what it says, its sources, and a small pure function.
public struct PolicyRule: Sendable, Identifiable {
    /// The reference's id, such as `R07` or `K3`.
    public let id: String
    /// What the rule says, in one line, for the trace and the docs.
    public let summary: String
    public let sourceIDs: [String]
    let check: @Sendable (RuleInput) -> RuleOutcome
}

/// What a rule says about one item.
enum RuleOutcome: Sendable {
    /// The rule does not apply; the text says why.
    case skip(String)
    /// An adjustment rule rewrote what later rules see.
    case adjust(String, RuleInput)
    /// The rule would apply for some values of facts not set; evaluation goes on with the other values.
    case open(Ruling)
    /// The rule applies whatever the facts not set are; evaluation stops.
    case decide(Ruling)
}

/// The verdicts a rule allows and why; more than one verdict only when facts not set would choose.
struct Ruling: Sendable {
    var verdicts: Set<VerdictKind>
    var confidence = Confidence.high
    var missing: [MissingFact] = []
    var reason: String

    static func verdict(_ kind: VerdictKind, _ reason: String, confidence: Confidence = .high) -> Ruling {
        Ruling(verdicts: [kind], confidence: confidence, reason: reason)
    }

    static func depends(_ verdicts: Set<VerdictKind>, on missing: [MissingFact], _ reason: String) -> Ruling {
        Ruling(verdicts: verdicts, missing: missing, reason: reason)
    }
}
