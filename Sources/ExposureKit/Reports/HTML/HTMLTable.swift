/// Every item in one sortable, filterable table, the most exposed first, so the user can find what to
/// change, delete or object to.
enum HTMLTable {
    private typealias H = HTMLText

    static func section(_ rows: [ItemRow], thumbnails: Thumbnails) -> String {
        let notes = thumbnails.notes.map { "<li>\(H.escape($0))</li>" }.joined()
        return """
            <section id="table"><h2>Every item</h2>\(filters())
            <div class="scroll"><table id="items"><thead><tr>\(headers())</tr></thead><tbody>
            \(rows.enumerated().map { row($0.offset + 1, $0.element, thumbnails) }.joined(separator: "\n"))
            </tbody></table></div>\(notes.isEmpty ? "" : "<ul class=\"note\" id=\"thumbnail-notes\">\(notes)</ul>")</section>
            """
    }

    private static func filters() -> String {
        """
        <div class="filters"><input type="search" id="filter-text" placeholder="Search captions, albums, paths" \
        aria-label="Search"><select id="filter-verdict" aria-label="AI training"><option value="">Any verdict</option>\
        <option value="used">used</option><option value="excluded">excluded</option><option value="unknown">unknown</option>\
        <option value="none">not worked out</option></select><select id="filter-visibility" aria-label="Visibility">\
        <option value="">Any visibility</option><option value="public">public</option><option value="private">private</option>\
        <option value="unknown">unknown</option></select><label><input type="checkbox" id="filter-location"> \
        with a location only</label><output id="shown"></output></div>
        """
    }

    private static func headers() -> String {
        let columns = [("Rank", "number"), ("Preview", nil), ("AI training", "text"), ("Visibility", "text"),
                       ("Location", "text"), ("Posted", "text"), ("Taken", "text"), ("Caption", "text"),
                       ("Album", "text"), ("Path", "text")]
        return columns.map { name, type in
            type.map { "<th data-type=\"\($0)\"><button type=\"button\">\(name)</button></th>" } ?? "<th>\(name)</th>"
        }.joined()
    }

    private static func row(_ rank: Int, _ row: ItemRow, _ thumbnails: Thumbnails) -> String {
        let item = row.item
        let verdict = item.aiTraining ?? "none"
        let location = item.hasLocation
            ? CSVExport.degrees(item.latitude) + ", " + CSVExport.degrees(item.longitude) : ""
        let cells = [
            "<td class=\"num\">\(rank)</td>", thumbnailCell(item, thumbnails),
            "<td><span class=\"badge \(H.escape(verdict))\">\(H.escape(item.aiTraining ?? "—"))</span></td>",
            "<td><span class=\"badge \(H.escape(item.visibility))\">\(H.escape(item.visibility))</span></td>",
            "<td class=\"date\">\(H.escape(location))</td>", dateCell(item.postedAt), dateCell(item.takenAt),
            "<td class=\"cap\">\(H.escape(item.caption ?? ""))</td>", "<td>\(H.escape(item.album ?? ""))</td>",
            "<td class=\"path\"><small>\(H.escape(row.platform.rawValue + " · " + row.exportName))</small>"
                + "\(H.escape(item.archivePath))</td>",
        ]
        return "<tr data-verdict=\"\(H.escape(verdict))\" data-visibility=\"\(H.escape(item.visibility))\" "
            + "data-location=\"\(item.hasLocation ? 1 : 0)\">\(cells.joined())</tr>"
    }

    private static func dateCell(_ iso: String?) -> String {
        guard let iso else { return "<td class=\"date\"></td>" }
        return "<td class=\"date\" data-sort=\"\(H.escape(iso))\">\(H.escape(String(iso.prefix(10))))</td>"
    }

    private static func thumbnailCell(_ item: ItemRecord, _ thumbnails: Thumbnails) -> String {
        guard let id = item.id, let source = thumbnails.sources[id] else { return "<td class=\"thumb\"></td>" }
        return "<td class=\"thumb\"><img loading=\"lazy\" alt=\"\" src=\"\(H.escape(source))\"></td>"
    }
}
