/// The report a person reads first in the terminal: how exposed they are, what Meta may train on,
/// which items to deal with first, year by year, and which facts would settle the unknowns.
public enum TerminalReport {
    public static func text(_ content: ReportContent, database: String, style: TerminalStyle) -> String {
        guard !content.exports.isEmpty else {
            return "No export has been scanned into \(database) yet. Run: exposure scan PATH-TO-EXPORT\n"
        }
        let sections = [
            headline(content.headline, style), verdicts(content, style),
            TerminalItems.exposures(content.topExposures, style), TerminalItems.timeline(content.timeline, style),
            missingFacts(content.missingFacts, style), TerminalQuestions.lines(content.questions, style),
            TerminalPlan.summary(content.plan, style),
        ] + content.exports.map { TerminalExportSection.lines($0, style) }
        return sections.filter { !$0.isEmpty }.map { $0.joined(separator: "\n") + "\n" }.joined(separator: "\n")
    }

    private static func headline(_ headline: Headline, _ style: TerminalStyle) -> [String] {
        var lines = [style.bold(headline.sentence + ".")]
        if headline.publicBefore > 0 {
            lines.append("\(Count.text(headline.publicBefore)) more are private now but were public before.")
        }
        return lines
    }

    private static func verdicts(_ content: ReportContent, _ style: TerminalStyle) -> [String] {
        let ai = content.aiTraining
        guard ai.notComputed < content.headline.items else {
            return [style.bold("AI training:") + " no verdicts have been worked out for these items yet."]
        }
        let rules = content.ruleSetDate.map { " (rule set of \($0))" } ?? ""
        var lines = [style.bold("AI training") + rules]
        lines.append("  " + [
            "\(Count.text(ai.used)) \(style.verdict("used"))", "\(Count.text(ai.excluded)) \(style.verdict("excluded"))",
            "\(Count.text(ai.unknown)) \(style.verdict("unknown"))",
        ].joined(separator: " · ") + (ai.notComputed > 0 ? " · \(Count.text(ai.notComputed)) not worked out yet" : ""))
        lines += ai.rules.map { rule in
            "  " + Count.text(rule.items).leftPadded(7) + "  " + style.verdict(rule.verdict, width: 9)
                + rule.rule.padding(6) + rule.reason.terminalSafe
        }
        return lines
    }

    private static func missingFacts(_ facts: [MissingFactLine], _ style: TerminalStyle) -> [String] {
        guard !facts.isEmpty else { return [] }
        return [style.bold("Facts still missing")] + facts.map { "  " + $0.sentence }
    }
}

extension String {
    /// Left-aligned in a column of `width` characters.
    func padding(_ width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }

    /// Right-aligned in a column of `width` characters, for numbers.
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
