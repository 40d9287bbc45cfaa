/// The report's text sections: what this is, the headline numbers, the AI-training verdicts, what to do
/// first, and the exports it covers.
enum HTMLSections {
    private typealias H = HTMLText

    static func header(_ content: ReportContent) -> String {
        """
        <header><h1>What your Meta export gives away</h1>
        <p class="meta">Made by Exposure on \(H.escape(content.generatedAt)) from \(H.count(content.exports.count)) \
        export\(content.exports.count == 1 ? "" : "s"). This file was written on your computer and loads nothing \
        from the internet; keep it private, since it lists your photos.</p></header>
        """
    }

    static func headline(_ h: Headline) -> String {
        let cards = [
            card("items", h.items, "photos and videos"), card("public", h.publicItems, "public now"),
            card("public-location", h.publicWithLocation, "public, with a location", alert: true),
            card("public-upload-ip", h.publicWithUploadIP, "public, with your upload IP", alert: true),
            card("public-camera-serial", h.publicWithCameraSerial, "public, with your camera's serial", alert: true),
            card("public-before", h.publicBefore, "private now, public before"),
        ]
        return """
            <section id="headline"><h2>At a glance</h2><div class="cards">\(cards.joined())</div>
            <p class="sentence" id="headline-sentence">\(H.escape(h.sentence)).</p></section>
            """
    }

    private static func card(_ id: String, _ value: Int, _ label: String, alert: Bool = false) -> String {
        "<div class=\"card\(alert && value > 0 ? " alert" : "")\"><b id=\"count-\(id)\" data-count=\"\(value)\">"
            + "\(H.count(value))</b><span>\(H.escape(label))</span></div>"
    }

    static func aiTraining(_ content: ReportContent) -> String {
        let ai = content.aiTraining
        let rules = content.ruleSetDate.map { " <span class=\"meta\">(rule set of \(H.escape($0)))</span>" } ?? ""
        let counts = [("used", ai.used, "Meta may train on these"), ("excluded", ai.excluded, "Meta says it does not"),
                      ("unknown", ai.unknown, "the facts do not settle it")]
            .map { "<li><span class=\"badge \($0.0)\">\($0.0)</span> <b id=\"count-ai-\($0.0)\">\(H.count($0.1))</b> — \($0.2)</li>" }
        let pending = ai.notComputed > 0 ? "<li>\(H.count(ai.notComputed)) not worked out yet</li>" : ""
        return """
            <section id="ai"><h2>AI training\(rules)</h2><ul class="plain">\(counts.joined())\(pending)</ul>
            \(ruleList(ai.rules))\(missingFacts(content.missingFacts))\(firstItems(content.topExposures))</section>
            """
    }

    private static func ruleList(_ rules: [VerdictSummary.RuleCount]) -> String {
        guard !rules.isEmpty else { return "" }
        let items = rules.map { rule in
            "<li>\(H.count(rule.items)) <span class=\"badge \(H.escape(rule.verdict))\">\(H.escape(rule.verdict))</span> "
                + "by rule <code>\(H.escape(rule.rule))</code>: \(H.escape(rule.reason))</li>"
        }
        return "<h3>Why</h3><ul class=\"plain\">\(items.joined())</ul>"
    }

    private static func missingFacts(_ facts: [MissingFactLine]) -> String {
        guard !facts.isEmpty else { return "" }
        let items = facts.map { fact in
            "<li>\(H.count(fact.unknownItems)) item\(fact.unknownItems == 1 ? " is" : "s are") unknown because "
                + "\(H.escape(fact.fact)): <code>\(H.escape(fact.command))</code></li>"
        }
        return "<h3>Facts still missing</h3><ul class=\"plain\" id=\"missing-facts\">\(items.joined())</ul>"
    }

    private static func firstItems(_ items: [ExposedItem]) -> String {
        guard !items.isEmpty else { return "<h3>Deal with these first</h3><p>No public item carries a location, camera serial or upload IP.</p>" }
        let shown = items.prefix(TerminalItems.exposuresShown).map { item in
            "<li>\((item.postedAt ?? item.takenAt).map { H.escape(String($0.prefix(10))) + " " } ?? "")"
                + "<b>\(H.escape(item.gives.map(words).joined(separator: ", ")))</b> — \(H.escape(item.platform.rawValue)) "
                + "<code>\(H.escape(item.path))</code>\(item.caption.map { ": “" + H.escape($0) + "”" } ?? "")</li>"
        }
        let more = items.count > shown.count ? "<p class=\"note\">… and \(H.count(items.count - shown.count)) more, first in the table below.</p>" : ""
        let clean = CleanHint.text(items).map { "<p id=\"clean-hint\">\(H.escape($0))</p>" } ?? ""
        return "<h3>Deal with these first</h3><ol>\(shown.joined())</ol>\(more)\(clean)"
    }

    private static func words(_ giveaway: Giveaway) -> String {
        switch giveaway {
        case .location: "location"
        case .cameraSerial: "camera serial"
        case .uploadIP: "upload IP"
        }
    }

    static func exports(_ exports: [ExportSummary]) -> String {
        let items = exports.map { s in
            "<li>\(s.platform == .facebook ? "Facebook" : "Instagram") export <b>\(H.escape(s.name))</b>: "
                + "\(H.count(s.itemCount)) items, scanned \(H.escape(s.scannedAt)), \(H.escape(s.layout))"
                + (s.mediaFiles.map { "; media files: \(H.escape($0.words))" } ?? "")
                + (s.warnings.isEmpty ? "" : "; \(H.count(s.warnings.count)) warnings (see <code>exposure report</code>)") + "</li>"
        }
        return "<section id=\"exports\"><h2>Exports</h2><ul class=\"plain\">\(items.joined())</ul></section>"
    }

    static func footer() -> String {
        "<p class=\"note\">Map outline: Natural Earth 1:110m countries (public domain). "
            + "Verdicts say which class of content Meta says it trains on; they are not proof that an item is in a data set.</p>"
    }
}
