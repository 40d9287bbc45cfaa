/// The plan in the terminal: in full for `exposure plan`, and as its first steps in the report.
public enum TerminalPlan {
    /// How many steps the report shows before pointing to `exposure plan`.
    static let stepsInReport = 3

    /// Every step with what it covers and leaves, where to take it and its sources.
    public static func text(_ plan: ActionPlan, style: TerminalStyle) -> String {
        var lines = [style.bold("What you can do") + " (settings and sources as of \(plan.asOf))"]
        lines += plan.notes.map { "  " + noteText($0) }
        for (number, action) in plan.actions.enumerated() {
            lines.append("")
            lines += actionLines(action, number: number + 1, style)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The report's short section: the first steps still to take, one line each.
    static func summary(_ plan: ActionPlan?, _ style: TerminalStyle) -> [String] {
        guard let plan else { return [] }
        let open = plan.actions.filter { $0.status == .open || $0.status == .needsFacts }
        guard !open.isEmpty else {
            return [style.bold("What you can do:") + " every step is done or not open to you; exposure plan shows why."]
        }
        var lines = [style.bold("What you can do")]
        for (number, action) in open.prefix(stepsInReport).enumerated() {
            lines.append("  \(number + 1). " + action.title + " — " + coverage(action))
        }
        lines.append("  exposure plan shows every step, what it does not cover, where to do it and its sources"
            + (open.count > stepsInReport ? " (\(open.count - stepsInReport) more open)." : "."))
        return lines
    }

    private static func actionLines(_ action: PlanAction, number: Int, _ style: TerminalStyle) -> [String] {
        var lines = ["\(number). " + style.bold(action.title) + "  [" + statusWord(action.status, style) + "]"]
        lines.append("   " + action.statusReason.terminalSafe)
        lines.append("   " + coverage(action) + ruleText(action))
        lines.append("   What it does: " + action.does)
        if !action.notCovered.isEmpty {
            lines.append("   What it does not cover:")
            lines += action.notCovered.map { limit in
                "     - " + limit.what + (limit.items.map { " (\(Count.text($0)) item\($0 == 1 ? "" : "s") here)" } ?? "")
                    + sourceIds(limit.sources)
            }
        }
        if let place = action.place {
            lines.append("   Where (as of \(place.asOf)): " + place.path + (place.link.map { " " + $0 } ?? ""))
        }
        lines.append("   Sources:")
        lines += action.sources.map { "     \($0.id) " + $0.title + ", " + $0.date + ($0.url.map { ", " + $0 } ?? "") }
        if let items = action.itemList, !items.isEmpty {
            lines.append("   Items:")
            lines += items.flatMap(itemLines)
        }
        return lines
    }

    private static func itemLines(_ item: PlanItem) -> [String] {
        var first = "     " + "\(item.platform.rawValue) \(item.path)".terminalSafe
        if !item.gives.isEmpty { first += " — gives away " + item.gives.map(giveawayWords).joined(separator: ", ") }
        var lines = [first]
        if let link = item.link { lines.append("       open: " + link.terminalSafe) }
        if let change = item.change { lines.append("       " + change) }
        return lines
    }

    /// "12 items (5 used or exposed); 40 more depending on facts not set"
    static func coverage(_ action: PlanAction) -> String {
        var text = "\(Count.text(action.items)) item\(action.items == 1 ? "" : "s")"
        if action.changes > 0 { text += " (\(Count.text(action.changes)) used for AI or exposed)" }
        if action.mayAlsoCover > 0 { text += "; \(Count.text(action.mayAlsoCover)) more depending on facts not set (exposure review asks who could see them)" }
        return text
    }

    private static func ruleText(_ action: PlanAction) -> String {
        guard !action.byRule.isEmpty else { return "" }
        return "; by rule: " + action.byRule.map { "\($0.rule) \($0.verdict) \(Count.text($0.items))" }.joined(separator: ", ")
    }

    private static func noteText(_ note: PlanNote) -> String {
        note.text.terminalSafe + sourceIds(note.sources)
    }

    private static func sourceIds(_ ids: [String]) -> String {
        ids.isEmpty ? "" : " [" + ids.joined(separator: ", ") + "]"
    }

    private static func statusWord(_ status: PlanStatus, _ style: TerminalStyle) -> String {
        switch status {
        case .open: style.red("to do")
        case .done: style.green("done")
        case .needsFacts: style.yellow("needs your answer")
        case .notOpen: style.dim("not open to you")
        }
    }

    static func giveawayWords(_ giveaway: Giveaway) -> String {
        switch giveaway {
        case .location: "a location"
        case .cameraSerial: "a camera serial"
        case .uploadIP: "an upload IP"
        }
    }
}
