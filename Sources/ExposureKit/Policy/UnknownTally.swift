/// Counts unknown verdicts by the fact that would settle them, so a report can say
/// "412 items are unknown because your region is not set".
public struct UnknownTally: Sendable, Equatable {
    public private(set) var unknown = 0
    /// An item missing several facts counts once under each.
    public private(set) var byMissingFact: [MissingFact: Int] = [:]
    /// Unknown whatever facts are set, because the public record does not settle them.
    public private(set) var unsettleable = 0

    /// An empty tally, to be filled with `add` while items stream past.
    public init() {}

    /// Tallies a whole batch at once.
    public init(_ verdicts: some Sequence<Verdict>) {
        for verdict in verdicts { add(verdict) }
    }

    /// Adds one verdict, for callers that stream items rather than hold them all.
    public mutating func add(_ verdict: Verdict) {
        guard verdict.kind == .unknown else { return }
        unknown += 1
        if verdict.missingFacts.isEmpty { unsettleable += 1 }
        for fact in verdict.missingFacts { byMissingFact[fact, default: 0] += 1 }
    }
}
