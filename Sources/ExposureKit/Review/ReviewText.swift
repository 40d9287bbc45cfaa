/// The review's questions as text: one at a time on a terminal, or all at once with their commands.
public enum ReviewText {
    /// A question with everything needed to answer it.
    public static func question(_ q: QuestionSummary, style: TerminalStyle) -> [String] {
        var lines = [style.bold(q.title)]
        lines.append("  " + sizeLine(q))
        lines.append("  With a location: \(Count.text(q.withLocation)) · with your upload IP: \(Count.text(q.withUploadIp)) · "
            + "with a camera serial number: \(Count.text(q.withCameraSerial))")
        if !q.examples.isEmpty { lines.append("  e.g. " + q.examples.map { "\u{201C}\($0.terminalSafe)\u{201D}" }.joined(separator: " · ")) }
        lines.append("  " + settlesLine(q))
        lines.append("  Where to check (menus as of \(q.checkAsOf)): " + q.check.terminalSafe)
        lines += q.context.map { "  Note: " + $0.terminalSafe }
        lines += q.links.map { "  Open on \(q.platform == "facebook" ? "Facebook" : "Instagram"): " + $0 }
        lines += q.sources.map { "  Source: \($0.title), \($0.date)" + ($0.url.map { ": \($0)" } ?? "") }
        return lines
    }

    /// Every open question with the commands that answer it, for scripts and for `review --list`.
    public static func list(_ questions: [QuestionSummary], unknownItems: Int, style: TerminalStyle) -> String {
        guard !questions.isEmpty else { return noQuestions(unknownItems) + "\n" }
        var lines = [
            style.bold("\(Count.text(questions.count)) question\(questions.count == 1 ? "" : "s") about who could see "
                + "\(Count.text(questions.reduce(0) { $0 + $1.items })) items whose audience the export does not say."),
            "Answer them one at a time with `exposure review` on a terminal, or run the command that fits each:", "",
        ]
        for (number, q) in questions.enumerated() {
            lines += question(q, style: style).enumerated().map { $0.offset == 0 ? "\(number + 1). " + $0.element : "  " + $0.element }
            lines.append("    Public:              " + q.commands.public)
            lines.append("    Friends or narrower: " + q.commands.private)
            lines.append("    Mixed:               " + q.commands.mixed)
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    /// Said when nothing is left to ask.
    static func noQuestions(_ unknownItems: Int) -> String {
        guard unknownItems > 0 else { return "Nothing to ask: the audience of every item is known." }
        return "Nothing left to ask. \(Count.text(unknownItems)) item\(unknownItems == 1 ? "'s" : "s'") audience is still unknown: "
            + "you answered \u{201C}mixed\u{201D} down to a month. Set them one by one with "
            + "`exposure visibility set public|private --path GLOB`."
    }

    static func sizeLine(_ q: QuestionSummary) -> String {
        let photos = q.items - q.videos
        var parts: [String] = []
        if photos > 0 { parts.append("\(Count.text(photos)) photo\(photos == 1 ? "" : "s")") }
        if q.videos > 0 { parts.append("\(Count.text(q.videos)) video\(q.videos == 1 ? "" : "s")") }
        var text = parts.joined(separator: " and ")
        if let first = q.firstPosted, let last = q.lastPosted { text += first == last ? ", posted \(first)" : ", posted \(first) to \(last)" }
        return text
    }

    static func settlesLine(_ q: QuestionSummary) -> String {
        if q.settles == q.items { return "Your answer decides the AI-training verdict of all \(Count.text(q.items))." }
        if q.settles > 0 {
            return "Your answer decides \(Count.text(q.settles)) of their AI-training verdicts; the rest also wait on other facts (exposure report lists them)."
        }
        return "Their AI-training verdicts do not hang on this answer alone; it still records who could see them."
    }
}
