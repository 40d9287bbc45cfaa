import GRDB

/// The report as one self-contained HTML file: it works offline and asks for nothing, because a page
/// about privacy must not tell anyone that it was opened.
public enum HTMLReport {
    /// The Content-Security-Policy: nothing but this page's own style and script, and images that are
    /// embedded or beside the file. The table's data block is not a script a browser runs, so it needs no hash.
    static let contentSecurityPolicy = [
        "default-src 'none'", "style-src \(HTMLText.cspHash(HTMLAssets.style))",
        "script-src \(HTMLText.cspHash(HTMLAssets.script))", "img-src 'self' data:", "base-uri 'none'",
        "form-action 'none'",
    ].joined(separator: "; ")

    /// Writes the page for the items stored in `db` as it reads them, so memory stays flat whatever their number.
    public static func write(_ content: ReportContent, _ db: Database, thumbnails: Thumbnails.Options,
                             to out: OutputFile.Writer) throws {
        try write(content, items: try .stored(db), thumbnails: thumbnails, to: out)
    }

    static func write(_ content: ReportContent, items: HTMLItems, thumbnails: Thumbnails.Options,
                      to out: OutputFile.Writer) throws {
        var order = ExposureOrder.Ids()
        var spots = HTMLMap.Spots()
        try items.forEach { row in
            order.add(row.item)
            spots.add(row.item)
        }
        try out.write(head + [
            HTMLSections.header(content), HTMLSections.headline(content.headline),
            HTMLSections.aiTraining(content), HTMLQuestionsSection.section(content.questions),
            HTMLPlanSection.section(content.plan),
            "<div class=\"grid2\">" + HTMLChart.section(content.timeline) + HTMLMap.section(spots) + "</div>\n",
        ].joined(separator: "\n"))
        try HTMLTable.write(order.sorted, items, thumbnails: thumbnails, exports: content.exports, to: out)
        try out.write(HTMLSections.exports(content.exports) + "\n" + HTMLSections.footer() + tail)
    }

    private static let head = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="\(contentSecurityPolicy)">
        <meta name="referrer" content="no-referrer">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Exposure report</title>
        <style>\(HTMLAssets.style)</style>
        </head>
        <body>
        <main>

        """

    private static let tail = """

        </main>
        <script>\(HTMLAssets.script)</script>
        </body>
        </html>

        """
}
