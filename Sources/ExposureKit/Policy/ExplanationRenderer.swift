import Foundation

/// Plain text for `exposure explain`, so a user can check every step without reading code.
public enum ExplanationRenderer {
    /// Verdict first, then facts, rules in order and sources, so the answer comes before the working.
    public static func plainText(_ evaluation: Evaluation) -> String {
        (headline(evaluation) + [""] + factLines(evaluation) + [""] + ruleLines(evaluation) + [""] + sourceLines(evaluation))
            .joined(separator: "\n") + "\n"
    }

    private static func headline(_ evaluation: Evaluation) -> [String] {
        let verdict = evaluation.verdict
        let confidence = verdict.confidence.map { ", confidence \($0.rawValue)" } ?? ""
        var lines = ["\(verdict.kind.rawValue) [\(verdict.ruleID)\(confidence)]: \(verdict.reason)"]
        if !verdict.missingFacts.isEmpty {
            lines.append("Settled by setting: " + verdict.missingFacts.map(\.description).joined(separator: "; "))
        }
        lines.append("Rule set of \(verdict.ruleSetVersion), evidence up to \(evaluation.evidenceCutoff).")
        return lines
    }

    private static func factLines(_ evaluation: Evaluation) -> [String] {
        ["Facts:"] + evaluation.facts.map { fact in
            "  \(fact.name): \(fact.value)" + (fact.origin.map { " (\($0))" } ?? "")
        }
    }

    private static func ruleLines(_ evaluation: Evaluation) -> [String] {
        ["Rules, in order:"] + evaluation.steps.map { step in
            "  \(step.ruleID.padding(toLength: 5, withPad: " ", startingAt: 0)) \(step.status.rawValue): \(step.note)"
        }
    }

    private static func sourceLines(_ evaluation: Evaluation) -> [String] {
        guard !evaluation.sources.isEmpty else { return ["Sources: none; this rule turns on your facts, not on a public statement."] }
        return ["Sources:"] + evaluation.sources.flatMap { source in
            ["  \(source.id) \(source.title), \(source.date)"] + source.urls.map { "     \($0)" }
        }
    }
}
