import Foundation

extension RuleSet {
    /// Runs the rules in order on one item; `now` only matters for an owner's age from a birth date.
    ///
    /// A rule that needs a fact not set is noted and passed over, and the rules after it are tried
    /// as if it did not apply; the verdict is `unknown` only if the noted rules could end otherwise
    /// than the rule that finally decides. So a verdict never waits for a fact that cannot change it.
    public func evaluate(_ item: ItemFacts, facts: PolicyFacts, now: Date = Date()) -> Evaluation {
        var steps: [TraceStep] = []
        let (contributors, input) = run(item, facts: facts, now: now) { steps.append(step($0, $1)) }
        let verdict = bounded(verdict(contributors, cap: input.confidenceCap), item, facts: facts, now: now)
        return Evaluation(
            verdict: verdict, facts: FactLine.lines(input.item, input.facts), steps: steps,
            sources: verdict.sourceIDs.compactMap(source), evidenceCutoff: evidenceCutoff
        )
    }

    /// The verdict alone, without the trace and facts an explanation needs: what recomputing every
    /// item's verdict calls, thousands of times.
    public func verdict(for item: ItemFacts, facts: PolicyFacts, now: Date = Date()) -> Verdict {
        let (contributors, input) = run(item, facts: facts, now: now) { _, _ in }
        return bounded(verdict(contributors, cap: input.confidenceCap), item, facts: facts, now: now)
    }

    /// A verdict stands only if the earliest and the latest time the item may have been posted give
    /// the same one; otherwise the boundary of a rule lies within the time's uncertainty.
    private func bounded(_ verdict: Verdict, _ item: ItemFacts, facts: PolicyFacts, now: Date) -> Verdict {
        guard item.postedUncertainty > 0, let posted = item.postedAt, verdict.kind != .unknown else { return verdict }
        let crossed = [-item.postedUncertainty, item.postedUncertainty].contains { shift in
            var bound = item
            (bound.postedAt, bound.postedUncertainty) = (posted + shift, 0)
            let (contributors, input) = run(bound, facts: facts, now: now) { _, _ in }
            return self.verdict(contributors, cap: input.confidenceCap).kind != verdict.kind
        }
        guard crossed else { return verdict }
        let reason = "Posted within a day of a date that changes the verdict (\(verdict.ruleID) would say \(verdict.kind.rawValue)), "
            + "and the export, in HTML format, shows the time without its zone; the JSON format gives the exact time."
        return Verdict(kind: .unknown, ruleID: verdict.ruleID, confidence: nil, reason: reason, sourceIDs: verdict.sourceIDs,
                       missingFacts: [.postedAt], ruleSetVersion: version)
    }

    /// Runs the rules until one decides, handing each rule's outcome to `record`.
    private func run(
        _ item: ItemFacts, facts: PolicyFacts, now: Date, record: (PolicyRule, RuleOutcome) -> Void
    ) -> (contributors: [(rule: PolicyRule, ruling: Ruling)], input: RuleInput) {
        var input = RuleInput(item: item, facts: facts, now: now)
        var contributors: [(rule: PolicyRule, ruling: Ruling)] = []
        for rule in rules {
            let outcome = rule.check(input)
            record(rule, outcome)
            switch outcome {
            case .skip: continue
            case .adjust(_, let next): input = next
            case .open(let ruling): contributors.append((rule, ruling))
            case .decide(let ruling):
                contributors.append((rule, ruling))
                return (contributors, input)
            }
        }
        return (contributors, input)
    }

    private func step(_ rule: PolicyRule, _ outcome: RuleOutcome) -> TraceStep {
        let (status, note): (TraceStep.Status, String) = switch outcome {
        case .skip(let note): (.notApplicable, note)
        case .adjust(let note, _): (.adjusted, note)
        case .open(let ruling): (.undecided, ruling.reason)
        case .decide(let ruling): (.matched, ruling.reason)
        }
        return TraceStep(ruleID: rule.id, summary: rule.summary, status: status, note: note)
    }

    private func verdict(_ contributors: [(rule: PolicyRule, ruling: Ruling)], cap: Confidence) -> Verdict {
        let kinds = contributors.reduce(into: Set<VerdictKind>()) { $0.formUnion($1.ruling.verdicts) }
        guard kinds.count > 1 else {
            guard let (rule, ruling) = contributors.last, let kind = kinds.first else {
                preconditionFailure("R10c, R11c, R12d, R13 and R14 together decide for every region")
            }
            return Verdict(kind: kind, ruleID: rule.id, confidence: kind == .unknown ? nil : min(ruling.confidence, cap),
                           reason: ruling.reason, sourceIDs: rule.sourceIDs, missingFacts: [], ruleSetVersion: version)
        }
        let missing = unique(contributors.flatMap(\.ruling.missing))
        let reporter = contributors.first { !$0.ruling.missing.isEmpty }?.rule ?? contributors[0].rule
        let reason = "It depends on facts not set yet: \(missing.map(\.description).joined(separator: "; "))."
        return Verdict(kind: .unknown, ruleID: reporter.id, confidence: nil, reason: reason,
                       sourceIDs: unique(contributors.flatMap(\.rule.sourceIDs)), missingFacts: missing, ruleSetVersion: version)
    }

    private func unique<T: Equatable>(_ values: [T]) -> [T] {
        values.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
    }
}
