import Foundation

extension RuleSet {
    /// Runs the rules in order on one item; `now` only matters for an owner's age from a birth date.
    ///
    /// A rule that needs a fact not set is noted and passed over, and the rules after it are tried
    /// as if it did not apply; the verdict is `unknown` only if the noted rules could end otherwise
    /// than the rule that finally decides. So a verdict never waits for a fact that cannot change it.
    public func evaluate(_ item: ItemFacts, facts: PolicyFacts, now: Date = Date()) -> Evaluation {
        var input = RuleInput(item: item, facts: facts, now: now)
        var steps: [TraceStep] = []
        var contributors: [(rule: PolicyRule, ruling: Ruling)] = []
        for rule in rules {
            let outcome = rule.check(input)
            steps.append(step(rule, outcome))
            switch outcome {
            case .skip: continue
            case .adjust(_, let next): input = next
            case .open(let ruling): contributors.append((rule, ruling))
            case .decide(let ruling):
                contributors.append((rule, ruling))
                return evaluation(contributors, input: input, steps: steps)
            }
        }
        return evaluation(contributors, input: input, steps: steps)
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

    private func evaluation(
        _ contributors: [(rule: PolicyRule, ruling: Ruling)], input: RuleInput, steps: [TraceStep]
    ) -> Evaluation {
        let verdict = verdict(contributors, cap: input.confidenceCap)
        return Evaluation(
            verdict: verdict, facts: FactLine.lines(input.item, input.facts), steps: steps,
            sources: verdict.sourceIDs.compactMap(source), evidenceCutoff: evidenceCutoff
        )
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
