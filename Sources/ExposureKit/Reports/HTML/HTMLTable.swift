/// Every item in one sortable, filterable table, the most exposed first, so the user can find what to
/// change, delete or object to. The rows travel as data (see `HTMLItemData`) and the page's script draws
/// the ones on screen, so the page opens at once whatever the number of items.
enum HTMLTable {
    private typealias H = HTMLText

    /// Writes the section, reading the items with these ids in this order.
    static func write(_ ids: [Int64], _ items: HTMLItems, thumbnails options: Thumbnails.Options,
                      exports: [ExportSummary], to out: OutputFile.Writer) throws {
        try out.write("""
            <section id="table"><h2>Every item</h2>\(filters())
            <div class="scroll" id="items-scroll" tabindex="0" role="region" aria-label="Every item, scrollable">\
            <table id="items" aria-rowcount="\(ids.count + 1)"><thead><tr aria-rowindex="1">\(headers())</tr></thead>\
            <tbody></tbody></table></div>
            <noscript><p class="note">The table is drawn by this page's own script: allow scripts for this file \
            to see it, or use exposure export --csv.</p></noscript>
            <script type="application/json" id="item-data">
            """)
        var thumbnails = ThumbnailCollector(options: options, exports: exports)
        try HTMLItemData.write(ids, items, thumbnails: &thumbnails, to: out)
        let notes = thumbnails.notes().map { "<li>\(H.escape($0))</li>" }.joined()
        try out.write("</script>\(notes.isEmpty ? "" : "<ul class=\"note\" id=\"thumbnail-notes\">\(notes)</ul>")</section>\n")
    }

    private static func filters() -> String {
        """
        <div class="filters"><input type="search" id="filter-text" placeholder="Search captions, albums, paths" \
        aria-label="Search" aria-controls="items"><select id="filter-verdict" aria-label="AI training"><option value="">Any verdict</option>\
        <option value="used">used</option><option value="excluded">excluded</option><option value="unknown">unknown</option>\
        <option value="none">not worked out</option></select><select id="filter-visibility" aria-label="Visibility">\
        <option value="">Any visibility</option><option value="public">public</option><option value="private">private</option>\
        <option value="unknown">unknown</option></select><label><input type="checkbox" id="filter-location"> \
        with a location only</label><output id="shown" aria-live="polite"></output></div>
        """
    }

    private static func headers() -> String {
        let columns = [("Rank", "rank"), ("Preview", nil), ("AI training", "verdict"), ("Visibility", "visibility"),
                       ("Location", "location"), ("Posted", "posted"), ("Taken", "taken"), ("Caption", "caption"),
                       ("Album", "album"), ("Path", "path")]
        return columns.map { name, key in
            key.map { "<th scope=\"col\" data-key=\"\($0)\"><button type=\"button\">\(name)</button></th>" }
                ?? "<th scope=\"col\">\(name)</th>"
        }.joined()
    }
}
