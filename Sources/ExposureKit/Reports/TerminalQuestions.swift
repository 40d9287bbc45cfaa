/// The report's pointer to `exposure review`: the first questions whose answers settle the most.
enum TerminalQuestions {
    /// How many questions the report names before pointing to `exposure review`.
    static let shown = 3

    static func lines(_ questions: [QuestionSummary]?, _ style: TerminalStyle) -> [String] {
        guard let questions, !questions.isEmpty else { return [] }
        let items = questions.reduce(0) { $0 + $1.items }
        var lines = [style.bold("Who could see these?") + " \(Count.text(questions.count)) question\(questions.count == 1 ? "" : "s") "
            + "settle the audience of \(Count.text(items)) item\(items == 1 ? "" : "s"); the first:"]
        for (number, q) in questions.prefix(shown).enumerated() {
            lines.append("  \(number + 1). \(q.title.terminalSafe) — \(ReviewText.sizeLine(q))")
        }
        lines.append("  Answer them with: exposure review   (or exposure review --list for the commands)")
        return lines
    }
}
