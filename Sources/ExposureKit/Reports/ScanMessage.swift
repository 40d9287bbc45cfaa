/// What `exposure scan` says when it is done: what it recognised, what it stored, and where to look next.
public enum ScanMessage {
    public static func text(_ summary: ScanSummary, database: String) -> String {
        var lines = [
            "\(summary.wasRescan ? "Rescanned" : "Scanned") \(summary.exportName): \(summary.layout).",
            "Recorded \(summary.itemCount) photos and videos in \(database)"
                + " (\(summary.missingCount) named but missing, \(summary.unreferencedCount) that no JSON mentions).",
        ]
        if !summary.warnings.isEmpty {
            let count = summary.warnings.count
            lines.append("\(count) warning\(count == 1 ? "" : "s"); `exposure report` lists \(count == 1 ? "it" : "them").")
        }
        lines.append("Next: exposure report   or   exposure export --csv items.csv")
        return lines.joined(separator: "\n") + "\n"
    }
}
