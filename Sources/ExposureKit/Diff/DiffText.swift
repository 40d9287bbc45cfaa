/// `exposure diff` in the terminal: which sides, the counts, then every added, removed and changed item.
public enum DiffText {
    public static func text(_ diff: ExportDiff, style: TerminalStyle) -> String {
        var lines = [style.bold("Compared") + " " + sideText(diff.old), "    with " + sideText(diff.new),
                     "Items matched by file name: Meta keeps it from one export to the next.", ""]
        lines += counts(diff.counts, style)
        for (change, title) in [(ExportDiff.Change.added, "Added"), (.removed, "Removed"), (.changed, "Changed")] {
            let items = diff.items.filter { $0.change == change }
            guard !items.isEmpty else { continue }
            lines += ["", style.bold("\(title) (\(Count.text(items.count)))")]
            for item in items { lines += itemLines(item) }
        }
        return (lines + hint(diff.new)).joined(separator: "\n") + "\n"
    }

    /// How to see what the person's own answers changed, which two exports cannot show.
    private static func hint(_ side: ExportDiff.Side) -> [String] {
        guard side.scanId == nil, let scan = side.lastKeptScanId else { return [] }
        return ["", "What your answers (review, visibility set) changed since scan \(scan) of \(side.export.terminalSafe): exposure diff \(scan)"]
    }

    private static func sideText(_ side: ExportDiff.Side) -> String {
        let what = side.scanId.map { "scan \($0) of \(side.export)".terminalSafe } ?? "\(side.export.terminalSafe) now"
        let when = side.scannedAt.map { ", scanned \($0)" } ?? ""
        return "\(what) (\(side.platform.displayName), \(Count.text(side.items)) item\(side.items == 1 ? "" : "s")\(when))"
    }

    private static func counts(_ counts: ExportDiff.Counts, _ style: TerminalStyle) -> [String] {
        let main = "\(Count.text(counts.added)) added, \(Count.text(counts.removed)) removed, "
            + "\(Count.text(counts.changed)) changed, \(Count.text(counts.unchanged)) unchanged"
        let fields = [("visibility", counts.visibility), ("verdict", counts.verdict), ("location", counts.location),
                      ("caption", counts.caption)]
        let changed = fields.filter { $0.1 > 0 }.map { "\($0.0) \(Count.text($0.1))" }
        return [style.bold(main)] + (changed.isEmpty ? [] : ["Changed: " + changed.joined(separator: ", ")])
    }

    private static func itemLines(_ item: ExportDiff.Item) -> [String] {
        let state = item.state
        let mark = ["added": "+", "removed": "-", "changed": "~"][item.change.rawValue]!
        var lines = ["  \(mark) \(state.mediaType) \(state.archivePath.terminalSafe)"]
        if item.change != .changed {
            lines.append("      " + summary(state))
            return lines
        }
        if let old = item.old, old.archivePath != state.archivePath {
            lines.append("      was at " + old.archivePath.terminalSafe)
        }
        for field in item.changed {
            lines.append("      \(field.rawValue): \(value(field, item.old!)) → \(value(field, item.new!))")
        }
        return lines
    }

    private static func summary(_ state: ItemState) -> String {
        var parts = [value(.visibility, state), "verdict " + value(.verdict, state)]
        if state.latitude != nil { parts.append("location " + value(.location, state)) }
        if let caption = state.caption, !caption.isEmpty { parts.append(value(.caption, state)) }
        return parts.joined(separator: " · ")
    }

    private static func value(_ field: ExportDiff.Field, _ state: ItemState) -> String {
        switch field {
        case .visibility: return "\(state.visibility) (\(state.visibilitySource))"
        case .verdict: return (state.verdict ?? "not computed") + (state.rule.map { " by \($0)" } ?? "")
        case .location:
            guard state.latitude != nil || state.longitude != nil else { return "none" }
            return CSVExport.degrees(state.latitude) + ", " + CSVExport.degrees(state.longitude)
        case .caption:
            guard let caption = state.caption, !caption.isEmpty else { return "none" }
            return "\"" + caption.terminalSafe.shortened(60) + "\""
        }
    }
}
