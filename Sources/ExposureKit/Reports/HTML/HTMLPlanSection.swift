/// The report's "What you can do" section: every step of the plan with what it covers and leaves,
/// where to take it and its sources, all escaped, since item paths and links come from the export.
enum HTMLPlanSection {
    private typealias H = HTMLText

    /// How many items a step lists before it points to `exposure plan --items`.
    static let itemsShown = 10

    static func section(_ plan: ActionPlan?) -> String {
        guard let plan, !plan.actions.isEmpty else { return "" }
        let notes = plan.notes.map { "<li>\(H.escape($0.text))\(sourceIds($0.sources))</li>" }
        return """
            <section id="plan"><h2>What you can do</h2>
            <p class="meta">Settings paths and sources as of \(H.escape(plan.asOf)). <code>exposure plan --items</code> \
            lists every item each step covers.</p><ul class="plain">\(notes.joined())</ul>
            <ol>\(plan.actions.map(step).joined())</ol></section>
            """
    }

    private static func step(_ action: PlanAction) -> String {
        let id = H.escape(action.id)
        var parts = [
            "<h3>\(H.escape(action.title)) \(statusBadge(action.status))</h3>",
            "<p>\(H.escape(action.statusReason))</p>",
            "<p><b id=\"plan-items-\(id)\" data-count=\"\(action.items)\">\(H.count(action.items))</b> "
                + "item\(action.items == 1 ? "" : "s")" + (action.changes > 0 ? ", \(H.count(action.changes)) of them used for AI or exposed" : "")
                + (action.mayAlsoCover > 0 ? "; \(H.count(action.mayAlsoCover)) more depending on facts not set" : "")
                + rules(action.byRule) + ".</p>",
            "<p>\(H.escape(action.does))</p>",
        ]
        if !action.notCovered.isEmpty {
            let limits = action.notCovered.map { limit in
                "<li>\(H.escape(limit.what))" + (limit.items.map { " <span class=\"meta\">(\(H.count($0)) here)</span>" } ?? "")
                    + sourceIds(limit.sources) + "</li>"
            }
            parts.append("<h4>What it does not cover</h4><ul class=\"plain\">\(limits.joined())</ul>")
        }
        if let place = action.place {
            parts.append("<p><b>Where</b> (as of \(H.escape(place.asOf))): \(H.escape(place.path))"
                + (place.link.map { " " + H.link($0) } ?? "") + "</p>")
        }
        if let items = action.itemList, !items.isEmpty { parts.append(itemList(items)) }
        let sources = action.sources.map { source in
            "<li>\(H.escape(source.id)) \(H.escape(source.title)), \(H.escape(source.date))"
                + (source.url.map { ", " + H.link($0) } ?? "") + "</li>"
        }
        parts.append("<details><summary>Sources</summary><ul class=\"plain\">\(sources.joined())</ul></details>")
        return "<li id=\"step-\(id)\" data-status=\"\(action.status.rawValue)\">\(parts.joined())</li>"
    }

    private static func itemList(_ items: [PlanItem]) -> String {
        let shown = items.prefix(itemsShown).map { item in
            "<li><code>\(H.escape(item.path))</code>"
                + (item.gives.isEmpty ? "" : " — gives away \(H.escape(item.gives.map(TerminalPlan.giveawayWords).joined(separator: ", ")))")
                + (item.link.map { " " + H.link($0, text: "open it") } ?? "")
                + (item.change.map { "<br>\(H.escape($0))" } ?? "") + "</li>"
        }
        let more = items.count > shown.count
            ? "<p class=\"note\">… and \(H.count(items.count - shown.count)) more: <code>exposure plan --items</code>.</p>" : ""
        return "<ol>\(shown.joined())</ol>\(more)"
    }

    private static func rules(_ rules: [PlanRuleCount]) -> String {
        guard !rules.isEmpty else { return "" }
        return "; by rule: " + rules.map { "<code>\(H.escape($0.rule))</code> \(H.escape($0.verdict)) \(H.count($0.items))" }
            .joined(separator: ", ")
    }

    private static func sourceIds(_ ids: [String]) -> String {
        ids.isEmpty ? "" : " <span class=\"meta\">[\(H.escape(ids.joined(separator: ", ")))]</span>"
    }

    /// The status in the colours the page already uses: red for a step to take, green for one done.
    private static func statusBadge(_ status: PlanStatus) -> String {
        let (colour, word) = switch status {
        case .open: ("used", "to do")
        case .done: ("excluded", "done")
        case .needsFacts: ("unknown", "needs your answer")
        case .notOpen: ("", "not open to you")
        }
        return "<span class=\"badge \(colour)\">\(word)</span>"
    }
}
