/// The three answers Exposure gives, because "unknown" is more honest than a guess.
public enum VerdictKind: String, Sendable, Codable, CaseIterable {
    /// In the class of content Meta says it trains on; not proof that the item is in a data set.
    case used
    /// In a class Meta says it does not train on, on Meta's word.
    case excluded
    /// The public record or the facts given do not settle it.
    case unknown
}

/// How firmly the sources back a used or excluded verdict, because some rest on Meta's word alone
/// and some on disputed or second-hand reports.
public enum Confidence: String, Sendable, Codable, Comparable {
    case medium, high

    public static func < (lhs: Confidence, rhs: Confidence) -> Bool {
        lhs == .medium && rhs == .high
    }
}

/// The verdict for one item, with what a CSV row and a report need to justify it.
public struct Verdict: Sendable, Hashable {
    public let kind: VerdictKind
    /// The rule of the reference table that decided, such as `R10a`.
    public let ruleID: String
    /// Nil for `unknown`: there is nothing to be confident about.
    public let confidence: Confidence?
    /// One sentence for the user.
    public let reason: String
    public let sourceIDs: [String]
    /// For `unknown`: the facts not set whose values would change it; empty when no fact would.
    public let missingFacts: [MissingFact]
    /// The rule set's date, to be shown with every verdict because Meta's rules change.
    public let ruleSetVersion: String
}
