import Foundation

/// Words for `exposure clean`: per file what went and what stayed, or, for a check, what is still to do.
public enum CleanReport {
    /// The block printed for a file that was cleaned or checked.
    public static func text(_ outcome: CleanOutcome) -> String {
        let check = outcome.output == nil
        var lines = [outcome.output.map { "\(outcome.path) → \($0)" } ?? outcome.path]
        if outcome.removed.isEmpty {
            lines.append(check ? "  Nothing to remove." : "  Nothing to remove; copied unchanged.")
        } else {
            lines.append((check ? "  To remove: " : "  Removed: ") + outcome.removed.joined(separator: "; "))
        }
        if !outcome.kept.isEmpty { lines.append((check ? "  Would keep: " : "  Kept: ") + outcome.kept.joined(separator: "; ")) }
        if check, !outcome.removed.isEmpty { lines.append("  → Run `exposure clean \(quoted(outcome.path)) --out FOLDER` to write a copy without it.") }
        return lines.joined(separator: "\n")
    }

    /// The one line for a file left out.
    public static func leftOut(_ outcome: CleanOutcome) -> String {
        "exposure: left out \(outcome.path): \(clause(outcome.leftOut ?? "no reason given"))"
    }

    /// "The JPEG ends …" reads as "the JPEG ends …" after a colon; "JPEG …" stays as it is.
    private static func clause(_ reason: String) -> String {
        guard let first = reason.first, first.isUppercase, reason.dropFirst().first?.isLowercase == true else { return reason }
        return first.lowercased() + reason.dropFirst()
    }

    private static func quoted(_ path: String) -> String {
        path.contains(where: { $0 == " " || $0 == "'" }) ? "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'" : path
    }
}
