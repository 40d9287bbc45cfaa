/// The item lists of the terminal report: what to deal with first, and the years.
enum TerminalItems {
    /// How many exposed items are listed before the rest are only counted.
    static let exposuresShown = 10

    static func exposures(_ items: [ExposedItem], _ style: TerminalStyle) -> [String] {
        guard !items.isEmpty else { return [style.bold("Deal with these first:") + " no public item carries a location, camera serial or upload IP."] }
        var lines = [style.bold("Deal with these first") + " (public, and they give away more than the picture)"]
        for (number, item) in items.prefix(exposuresShown).enumerated() {
            lines.append("  " + "\(number + 1).".padding(4) + givesText(item, style) + verdictText(item, style))
            lines.append("      " + whereText(item))
        }
        if items.count > exposuresShown {
            lines.append("  … and \(Count.text(items.count - exposuresShown)) more: "
                + "exposure report --html report.html, or exposure export --csv public.csv --only public")
        }
        if let hint = CleanHint.text(items) { lines.append("  " + hint) }
        return lines
    }

    private static func givesText(_ item: ExposedItem, _ style: TerminalStyle) -> String {
        let date = (item.postedAt ?? item.takenAt).map { String($0.prefix(10)) + "  " } ?? ""
        let gives = item.gives.map { giveaway -> String in
            switch giveaway {
            case .location: "location " + CSVExport.degrees(item.latitude) + ", " + CSVExport.degrees(item.longitude)
            case .cameraSerial: "camera serial " + (item.cameraSerial ?? "").terminalSafe
            case .uploadIP: "upload IP " + (item.uploadIP ?? "").terminalSafe
            }
        }
        return date + style.red(gives.joined(separator: " · "))
    }

    private static func verdictText(_ item: ExposedItem, _ style: TerminalStyle) -> String {
        item.aiTraining.map { "  AI training: " + style.verdict($0) } ?? ""
    }

    private static func whereText(_ item: ExposedItem) -> String {
        var parts = ["\(item.platform.rawValue) \(item.path)".terminalSafe]
        if let album = item.album, !album.isEmpty { parts.append("album \"\(album.terminalSafe.shortened(40))\"") }
        if let caption = item.caption, !caption.isEmpty { parts.append("\"\(caption.terminalSafe.shortened(60))\"") }
        return parts.joined(separator: " · ")
    }

    static func timeline(_ years: [YearCount], _ style: TerminalStyle) -> [String] {
        guard !years.isEmpty else { return [] }
        let widths = [8, 8, 18, 13]
        let header = "  " + "Year".padding(12) + zip(["items", "public", "public+location", "used for AI"], widths)
            .map { $0.leftPadded($1) }.joined()
        return [style.bold("By year"), style.dim(header)] + years.map { year in
            "  " + (year.year.map(String.init) ?? "date unknown").padding(12)
                + zip([year.items, year.publicItems, year.publicWithLocation, year.used], widths)
                .map { Count.text($0).leftPadded($1) }.joined()
        }
    }
}
