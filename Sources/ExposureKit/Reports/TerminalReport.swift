/// The summary a person reads in ten seconds: per export, what was recognised, what it gives away,
/// and what the scan had to pass over.
public enum TerminalReport {
    /// How many warnings are listed before the rest are only counted.
    static let warningsShown = 20

    public static func text(_ summaries: [ExportSummary], database: String) -> String {
        guard !summaries.isEmpty else {
            return "No export has been scanned into \(database) yet. Run: exposure scan PATH-TO-EXPORT\n"
        }
        return summaries.map(section).joined(separator: "\n")
    }

    private static func section(_ s: ExportSummary) -> String {
        var lines = ["\(s.platform == .facebook ? "Facebook" : "Instagram") export \(s.name)"]
        func add(_ label: String, _ value: String) { lines.append("  " + (label + ":").padding(12) + value) }
        add("Layout", s.layout)
        add("Scanned", "\(s.scannedAt) from \(s.parts.joined(separator: ", "))")
        add("Items", "\(s.itemCount) (\(s.photos) photos, \(s.videos) videos)" + dateRange(s))
        add("Found as", s.bySource.map { "\($0.kind.rawValue) \($0.count)" }.joined(separator: " · "))
        add("Location", "\(s.withLocation) carry GPS (\(s.gpsInJSON) in Meta's JSON, \(s.gpsInFile) in the file itself)")
        add("Upload IP", "\(s.withUploadIP) carry the IP address they were uploaded from")
        if s.withCameraSerial > 0 { add("Camera", "\(s.withCameraSerial) carry the camera's serial number") }
        add("File EXIF", s.fileEXIF.map { "\($0.status) \($0.count)" }.joined(separator: " · "))
        add("Visibility", s.visibility.map { "\($0.visibility) \($0.count) (\(sourceWords($0.source)))" }.joined(separator: " · "))
        if !s.wasPublic.isEmpty {
            add("Ever public", s.wasPublic.map { "\($0.answer) \($0.count)" }.joined(separator: " · "))
        }
        lines += AccountLines.lines(s.facts).map { "  " + $0 }
        lines += warningLines(s.warnings)
        return lines.joined(separator: "\n") + "\n"
    }

    private static func dateRange(_ s: ExportSummary) -> String {
        guard let first = s.firstPosted?.prefix(10), let last = s.lastPosted?.prefix(10) else { return "" }
        return ", posted \(first) to \(last)"
    }

    private static func sourceWords(_ source: String) -> String {
        switch VisibilitySource(rawValue: source) ?? VisibilitySource.none {
        case .platformRule: return "platform rule"
        case .accountSetting: return "account setting"
        case .accountHistory: return "account history"
        case .user: return "set by you"
        case .none: return "export does not say"
        }
    }

    private static func warningLines(_ warnings: [ScanWarningRecord]) -> [String] {
        guard !warnings.isEmpty else { return ["  Warnings:   none"] }
        var lines = ["  Warnings (\(warnings.count)):"]
        lines += warnings.prefix(warningsShown).map { "    - \($0.file): \($0.message)" }
        if warnings.count > warningsShown { lines.append("    … and \(warnings.count - warningsShown) more") }
        return lines
    }
}

/// The account-level facts in words: Facebook's default audience, Instagram's privacy and its switches.
enum AccountLines {
    static func lines(_ facts: [AccountFactRecord]) -> [String] {
        var lines: [String] = []
        if let audience = facts.first(where: { $0.name == "default_audience" }) {
            lines.append("Account:    \"Who can see your future posts?\" is \(audience.value) (\(audience.file)); "
                + "this is the default for new posts, not the audience of the items above")
        }
        if let flag = facts.last(where: { $0.name == AccountPrivacy.privateAccount }) {
            lines.append("Account:    \(flag.value == "true" ? "private" : "public") now (\(flag.file))")
        }
        for change in facts where change.name == AccountPrivacy.privacySwitch {
            let day = change.at.map { String($0.prefix(10)) } ?? "an unknown date"
            lines.append("            switched to \(change.value) on \(day)")
        }
        if facts.contains(where: { $0.name == AccountPrivacy.historyMissing }) {
            lines.append("            the export has no history of privacy switches")
        }
        return lines
    }
}

extension String {
    /// Left-aligned in a column of `width` characters.
    func padding(_ width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
