/// The per-year bar chart, in SVG so it needs no library: how many items each year made public, and
/// how many of those give away a location.
enum HTMLChart {
    private static let (width, height, left, bottom, top) = (560.0, 260.0, 44.0, 28.0, 18.0)

    static func section(_ years: [YearCount]) -> String {
        """
        <section id="chart"><h2>Exposed items per year</h2>\(svg(years))
        <div class="legend"><span><i class="key loc"></i>public, with a location</span>\
        <span><i class="key pub"></i>public</span><span><i class="key priv"></i>not public</span></div></section>
        """
    }

    private static func svg(_ years: [YearCount]) -> String {
        guard let most = years.map(\.items).max(), most > 0 else { return "<p>No items to chart.</p>" }
        let slot = (width - left) / Double(years.count)
        let barWidth = min(48, slot * 0.7)
        let scale = (height - top - bottom) / Double(most)
        let bars = years.enumerated().map { index, year in
            bar(year, x: left + slot * Double(index) + (slot - barWidth) / 2, width: barWidth, scale: scale)
        }
        let base = height - bottom
        return "<svg viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\" aria-label=\"Items per year, by exposure\">"
            + "<line class=\"axis\" x1=\"\(n(left))\" y1=\"\(n(base))\" x2=\"\(n(width))\" y2=\"\(n(base))\"/>"
            + "<text class=\"lbl\" x=\"\(n(left - 6))\" y=\"\(n(top + 4))\" text-anchor=\"end\">\(Count.text(most))</text>"
            + "<text class=\"lbl\" x=\"\(n(left - 6))\" y=\"\(n(base))\" text-anchor=\"end\">0</text>"
            + bars.joined() + "</svg>"
    }

    private static func bar(_ year: YearCount, x: Double, width: Double, scale: Double) -> String {
        let label = year.year.map(String.init) ?? "no date"
        let parts = [("bar-priv", year.items - year.publicItems), ("bar-pub", year.publicItems - year.publicWithLocation),
                     ("bar-loc", year.publicWithLocation)]
        var y = height - bottom
        var rects = ""
        for (style, count) in parts where count > 0 {
            let h = Double(count) * scale
            y -= h
            rects += "<rect class=\"\(style)\" x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(width))\" height=\"\(n(h))\"/>"
        }
        let title = "\(label): \(Count.text(year.items)) items, \(Count.text(year.publicItems)) public, "
            + "\(Count.text(year.publicWithLocation)) public with a location"
        let middle = n(x + width / 2)
        return "<g data-year=\"\(label)\" data-public=\"\(year.publicItems)\"><title>\(title)</title>\(rects)"
            + "<text class=\"lbl\" x=\"\(middle)\" y=\"\(n(y - 4))\" text-anchor=\"middle\">\(Count.text(year.publicItems))</text>"
            + "<text class=\"lbl\" x=\"\(middle)\" y=\"\(n(height - bottom + 16))\" text-anchor=\"middle\">\(label)</text></g>"
    }

    /// A coordinate with at most one decimal, so the SVG stays small.
    static func n(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
