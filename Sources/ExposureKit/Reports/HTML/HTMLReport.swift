/// The report as one self-contained HTML file: it works offline and asks for nothing, because a page
/// about privacy must not tell anyone that it was opened.
public enum HTMLReport {
    /// The Content-Security-Policy: nothing but this page's own style and script, and images that are
    /// embedded or beside the file.
    static let contentSecurityPolicy = [
        "default-src 'none'", "style-src \(HTMLText.cspHash(HTMLAssets.style))",
        "script-src \(HTMLText.cspHash(HTMLAssets.script))", "img-src 'self' data:", "base-uri 'none'",
        "form-action 'none'",
    ].joined(separator: "; ")

    public static func page(_ content: ReportContent, rows: [ItemRow], thumbnails: Thumbnails) -> String {
        let ordered = ExposureOrder.sorted(rows)
        let body = [
            HTMLSections.header(content), HTMLSections.headline(content.headline),
            HTMLSections.aiTraining(content), HTMLQuestionsSection.section(content.questions),
            HTMLPlanSection.section(content.plan),
            "<div class=\"grid2\">" + HTMLChart.section(content.timeline) + HTMLMap.section(ordered) + "</div>",
            HTMLTable.section(ordered, thumbnails: thumbnails), HTMLSections.exports(content.exports),
            HTMLSections.footer(),
        ].joined(separator: "\n")
        return """
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
            \(body)
            </main>
            <script>\(HTMLAssets.script)</script>
            </body>
            </html>

            """
    }
}
