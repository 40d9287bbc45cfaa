/// Per export, what was recognised, what it gives away, and what the scan had to pass over.
enum TerminalExportSection {
    /// How many warnings are listed before the rest are only counted.
    static let warningsShown = 20

    static func lines(_ s: ExportSummary, _ style: TerminalStyle) -> [String] {
        var lines = [style.bold("\(s.platform == .facebook ? "Facebook" : "Instagram") export \(s.name.terminalSafe)")]
        func add(_ label: String, _ value: String) { lines.append("  " + (label + ":").padding(12) + value) }
        add("Layout", s.layout)
        add("Scanned", "\(s.scannedAt) from \(s.parts.joined(separator: ", ").terminalSafe)")
        add("Items", "\(s.itemCount) (\(s.photos) photos, \(s.videos) videos)" + dateRange(s))
        add("Found as", s.bySource.map { "\($0.value) \($0.count)" }.joined(separator: " · "))
        add("Location", "\(s.withLocation) carry GPS (\(s.gpsInJSON) in Meta's JSON, \(s.gpsInFile) in the file itself)")
        add("Upload IP", "\(s.withUploadIP) carry the IP address they were uploaded from")
        if s.withCameraSerial > 0 { add("Camera", "\(s.withCameraSerial) carry the camera's serial number") }
        add("File EXIF", s.fileEXIF.map { "\($0.value) \($0.count)" }.joined(separator: " · "))
        add("Visibility", s.visibility.map { "\($0.visibility) \($0.count) (\(sourceWords($0.source)))" }.joined(separator: " · "))
        if !s.wasPublic.isEmpty {
            add("Ever public", s.wasPublic.map { "\($0.value) \($0.count)" }.joined(separator: " · "))
        }
        if let media = s.mediaFiles { add("Media files", media.words) }
        lines += AccountLines.lines(s.accountFacts).map { "  " + $0.terminalSafe }
        lines += warningLines(s.warnings)
        return lines
    }

    private static func dateRange(_ s: ExportSummary) -> String {
        guard let first = s.firstPosted?.prefix(10), let last = s.lastPosted?.prefix(10) else { return "" }
        return ", posted \(first) to \(last)"
    }

    /// Where a visibility came from, in words.
    static func sourceWords(_ source: String) -> String {
        switch VisibilitySource(rawValue: source) ?? VisibilitySource.none {
        case .platformRule: "platform rule"
        case .accountSetting: "account setting"
        case .accountHistory: "account history"
        case .user: "set by you"
        case .none: "export does not say"
        }
    }

    private static func warningLines(_ warnings: [ExportSummary.Warning]) -> [String] {
        guard !warnings.isEmpty else { return ["  Warnings:   none"] }
        var lines = ["  Warnings (\(warnings.count)):"]
        lines += warnings.prefix(warningsShown).map { "    - \($0.file.terminalSafe): \($0.message.terminalSafe)" }
        if warnings.count > warningsShown { lines.append("    … and \(warnings.count - warningsShown) more") }
        return lines
    }
}

/// The account-level facts in words: Facebook's default audience, Instagram's privacy and its switches.
enum AccountLines {
    static func lines(_ facts: [ExportSummary.AccountFact]) -> [String] {
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
