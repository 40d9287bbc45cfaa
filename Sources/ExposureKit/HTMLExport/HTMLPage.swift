/// One parsed page of an HTML export and the media items on it, found by structure — a local `img`
/// or `video`, the block around it that ends in the item's date, the label/value rows of its
/// tables — never by Meta's generated class names, which change from year to year.
struct HTMLPage {
    let path: String
    let root: HTMLNode
    let languages: [HTMLLanguage]
    /// Position of every element in document order.
    private let order: [ObjectIdentifier: Int]
    /// For each element holding item dates, the last date element below it.
    private let lastDate: [ObjectIdentifier: HTMLNode]

    init(path: String, root: HTMLNode, languages: [HTMLLanguage]) {
        self.path = path
        self.root = root
        self.languages = languages
        let all = root.descendants
        order = Dictionary(uniqueKeysWithValues: all.enumerated().map { (ObjectIdentifier($1), $0) })
        var dates: [ObjectIdentifier: HTMLNode] = [:]
        for element in all where Self.mayHoldDate(element) && DisplayTimeParser.parse(element.visibleText, languages: languages) != nil {
            for ancestor in element.ancestors { dates[ObjectIdentifier(ancestor)] = element }
        }
        lastDate = dates
    }

    /// An item's date is outside its tables (whose Taken values are dates too) and holds no media.
    private static func mayHoldDate(_ element: HTMLNode) -> Bool {
        element.isSmall(limit: 6) && element.name != "table" && element.name != "title"
            && !element.descendants.contains { $0.name == "img" || $0.name == "video" }
            && !element.ancestors.contains { $0.name == "table" }
    }

    /// The page's `<title>`, which names the album on album pages.
    var title: String? {
        root.descendants(named: "title").first.map(\.visibleText).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Where the page's links point from: its `<base href>` resolved against the page's own folder.
    var baseFolder: [Substring] {
        var folder = path.split(separator: "/").dropLast().map { $0 }
        let base = root.descendants(named: "base").first?.attributes["href"]
        for part in (base ?? "").split(separator: "/") {
            if part == ".." { if !folder.isEmpty { folder.removeLast() } } else if part != "." { folder.append(part) }
        }
        return folder
    }

    /// Every photo and video of the page that sits in an item block. Header images are not items:
    /// the nearest date above them is the whole page's, which holds other items' blocks.
    func items() -> [HTMLItem] {
        let base = baseFolder
        let media = root.descendants.compactMap { element -> (HTMLNode, String, HTMLNode?)? in
            guard element.name == "img" || element.name == "video", let src = element.attributes["src"],
                  let uri = Self.resolve(src, from: base) else { return nil }
            return (element, uri, block(of: element))
        }
        var enclosing = Set<ObjectIdentifier>()
        for case let (_, _, block?) in media {
            for ancestor in block.ancestors { enclosing.insert(ObjectIdentifier(ancestor)) }
        }
        return media.compactMap { element, uri, block in
            guard let block, !enclosing.contains(ObjectIdentifier(block)) else { return nil }
            return HTMLItem(uri: uri, element: element, block: block, page: self)
        }
    }

    /// The nearest ancestor holding a date, which is the item's block.
    private func block(of media: HTMLNode) -> HTMLNode? {
        media.ancestors.first { lastDate[ObjectIdentifier($0)] != nil }
    }

    /// The item's date element: the last date in its block.
    func dateElement(of block: HTMLNode) -> HTMLNode? {
        lastDate[ObjectIdentifier(block)]
    }

    func position(_ node: HTMLNode) -> Int { order[ObjectIdentifier(node)] ?? 0 }

    /// A `src` as a path from the export's root; nil for inline images and the viewer's own `files/` images.
    static func resolve(_ src: String, from base: [Substring]) -> String? {
        let trimmed = src.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || trimmed.hasPrefix("data:") { return nil }
        if trimmed.hasPrefix("http://") || trimmed.hasPrefix("https://") { return trimmed }
        var path = base
        for part in (trimmed.removingPercentEncoding ?? trimmed).split(separator: "/") {
            if part == ".." { if !path.isEmpty { path.removeLast() } } else if part != "." { path.append(part) }
        }
        guard path.first != "files", !path.isEmpty else { return nil }
        return path.joined(separator: "/")
    }

    /// The rows of every table under `node` as label and value, in order.
    static func rows(of tables: [HTMLNode]) -> [(label: String, value: String)] {
        tables.flatMap { $0.descendants(named: "tr") }.compactMap(row)
    }

    /// A row is two cells (label, value) or one cell whose first text is the label and the rest its value.
    private static func row(_ tr: HTMLNode) -> (label: String, value: String)? {
        let cells = tr.elements.filter { $0.name == "td" || $0.name == "th" }
        if cells.count >= 2 { return (cells[0].visibleText, cells[1].visibleText) }
        guard let cell = cells.first else { return nil }
        let pieces = cell.children.map(\.visibleText).filter { !$0.isEmpty }
        guard let label = pieces.first else { return nil }
        return (label, pieces.dropFirst().joined(separator: " "))
    }
}

/// One photo or video of a page with what its block says about it.
struct HTMLItem {
    let uri: String
    let element: HTMLNode
    let block: HTMLNode
    let page: HTMLPage

    var isVideo: Bool { element.name == "video" }

    /// The item's date as the page shows it.
    var date: DisplayTime? {
        page.dateElement(of: block).flatMap { DisplayTimeParser.parse($0.visibleText, languages: page.languages) }
    }

    /// The media element, or the link wrapped around it.
    private var anchor: HTMLNode {
        element.parent?.name == "a" ? element.parent! : element
    }

    /// Texts of the elements right after the media, up to its table: a description on album pages;
    /// the album name, then the description, on posts pages.
    var textsAfter: [String] {
        guard let siblings = anchor.parent?.elements, let start = siblings.firstIndex(where: { $0 === anchor }) else { return [] }
        var texts: [String] = []
        for sibling in siblings[(start + 1)...] {
            if sibling.name == "table" || sibling.name == "img" || sibling.name == "video" || sibling.name == "a" { break }
            if sibling.descendants.contains(where: { ["img", "video", "table"].contains($0.name) }) { break }
            texts.append(sibling.visibleText)
        }
        return texts
    }

    /// The block's child that holds the media.
    private var content: HTMLNode? {
        block.elements.first { $0.contains(element) }
    }

    /// Texts of the block's children before the one holding the media: Instagram's caption, Facebook's
    /// "Jane added a new photo." or, in old markup, the album name.
    var heading: [String] {
        guard let content else { return [] }
        return block.elements.prefix { $0 !== content }.map(\.visibleText).filter { !$0.isEmpty }
    }

    /// The first text of the block that comes before its first media: a post's own words.
    var textBeforeMedia: String? {
        guard let content else { return nil }
        let media = content.descendants.filter { $0.name == "img" || $0.name == "video" }
        guard let first = media.first.map(page.position) else { return nil }
        let holder = content.descendants.first { node in
            page.position(node) < first && node.children.contains { !$0.isElement && !$0.text.allSatisfy(\.isWhitespace) }
                && !node.descendants.contains { $0.name == "img" || $0.name == "video" }
        }
        return holder.map(\.visibleText).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The label/value rows that describe this media: the tables nearest to it, and when several
    /// media share them, only those between it and the next media.
    var rows: [(label: String, value: String)] {
        guard let holder = ([element] + element.ancestors).first(where: { block.contains($0) && !$0.descendants(named: "table").isEmpty })
        else { return [] }
        let media = holder.descendants.filter { $0.name == "img" || $0.name == "video" }
        let here = page.position(element)
        let next = media.map(page.position).filter { $0 > here }.min() ?? Int.max
        let tables = holder.descendants(named: "table").filter {
            media.count == 1 || (page.position($0) > here && page.position($0) < next)
        }
        return HTMLPage.rows(of: tables)
    }
}
