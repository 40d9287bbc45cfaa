/// What `exposure scan` says when it is done: what it recognised, what it stored, and where to look next.
public enum ScanMessage {
    /// One paragraph per export scanned, then the commands to run next.
    public static func text(_ summaries: [ScanSummary], database: String) -> String {
        let lines = summaries.flatMap { paragraph($0, database: database) }
            + ["Next: exposure report   or   exposure report --html report.html   or   exposure export --csv items.csv"]
        return lines.joined(separator: "\n") + "\n"
    }

    private static func paragraph(_ summary: ScanSummary, database: String) -> [String] {
        let verb = summary.unchanged ? "Unchanged since the last scan, nothing read again:" : summary.wasRescan ? "Rescanned" : "Scanned"
        var lines = [
            "\(verb) \(summary.exportName): \(summary.layout).",
            "Recorded \(summary.itemCount) photos and videos in \(database)"
                + " (\(summary.missingCount) named but missing, \(summary.unreferencedCount) that no JSON mentions).",
        ]
        if let media = summary.mediaFiles { lines.append("Media files: \(media.words).") }
        if summary.warningCount > 0 {
            let count = summary.warningCount
            lines.append("\(count) warning\(count == 1 ? "" : "s"); `exposure report` lists \(count == 1 ? "it" : "them").")
        }
        return lines
    }
}
