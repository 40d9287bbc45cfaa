/// The report's "Who could see these?" section: every open question of `exposure review` with its
/// items, where to check and the commands that answer it, all escaped, since album names, captions
/// and paths come from the export.
enum HTMLQuestionsSection {
    private typealias H = HTMLText

    static func section(_ questions: [QuestionSummary]?) -> String {
        guard let questions, !questions.isEmpty else { return "" }
        let items = questions.reduce(0) { $0 + $1.items }
        return """
            <section id="questions"><h2>Who could see these?</h2>
            <p>The export does not say who could see <b id="count-questions-items" data-count="\(items)">\(H.count(items))</b> \
            item\(items == 1 ? "" : "s"). <b id="count-questions" data-count="\(questions.count)">\(H.count(questions.count))</b> \
            question\(questions.count == 1 ? "" : "s") settle them, most worth answering first. Run <code>exposure review</code> \
            to answer them one at a time, or the command that fits each. Answer for the time since the items were posted.</p>
            <ol>\(questions.map(question).joined())</ol></section>
            """
    }

    private static func question(_ q: QuestionSummary) -> String {
        var parts = [
            "<h3>\(H.escape(q.title))</h3>",
            "<p>\(H.escape(ReviewText.sizeLine(q))). With a location: \(H.count(q.withLocation)) · with your upload IP: "
                + "\(H.count(q.withUploadIp)) · with a camera serial number: \(H.count(q.withCameraSerial)).</p>",
            "<p>\(H.escape(ReviewText.settlesLine(q)))</p>",
        ]
        if !q.examples.isEmpty { parts.append("<p class=\"meta\">e.g. " + q.examples.map { "“\(H.escape($0))”" }.joined(separator: " · ") + "</p>") }
        parts.append("<p><b>Where to check</b> (menus as of \(H.escape(q.checkAsOf))): \(H.escape(q.check))</p>")
        parts += q.context.map { "<p class=\"note\">\(H.escape($0))</p>" }
        if !q.links.isEmpty { parts.append("<p>Open on the platform: " + q.links.map { H.link($0) }.joined(separator: " · ") + "</p>") }
        let items = q.firstItems.map { "<li><code>\(H.escape($0))</code></li>" }.joined()
        let more = q.items > q.firstItems.count ? "<p class=\"note\">… and \(H.count(q.items - q.firstItems.count)) more.</p>" : ""
        parts.append("<details><summary>The items</summary><ul class=\"plain\">\(items)</ul>\(more)</details>")
        let commands = [("Public", q.commands.public), ("Friends or narrower", q.commands.private), ("Mixed", q.commands.mixed)]
            .map { "<li>\($0.0): <code>\(H.escape($0.1))</code></li>" }.joined()
        parts.append("<ul class=\"plain commands\">\(commands)</ul>")
        if !q.sources.isEmpty {
            let sources = q.sources.map { "<li>\(H.escape($0.id)) \(H.escape($0.title)), \(H.escape($0.date))" + ($0.url.map { ", " + H.link($0) } ?? "") + "</li>" }
            parts.append("<details><summary>Sources</summary><ul class=\"plain\">\(sources.joined())</ul></details>")
        }
        return "<li id=\"question-\(H.escape(q.key))\">\(parts.joined())</li>"
    }
}
