import Foundation

/// The objection to AI training: open in the EU/EEA, the UK and Brazil only, forward only from the
/// day Meta honours it, and one objection per Accounts Center (audience-and-actions.md §6).
enum PlanObjection {
    /// The regions with an objection right, the day from which an objection only works going
    /// forward, and the rule that decides public content of owners who did not object.
    private static let regions: [Region: (cutoff: CalendarDay, notObjectedRule: String, objectionRules: Set<String>)] = [
        .eu: (PolicyDates.euStart, "R10c", ["R10a", "R10b"]),
        .uk: (PolicyDates.ukAnnounced, "R11c", ["R11a", "R11b"]),
        .br: (PolicyDates.brazilEarliestStart, "R12d", ["R12b", "R12c"]),
    ]

    static let title = "Object to Meta using your public content for AI"
    private static let does = """
        Asks Meta not to use your public posts, photos, captions and comments to train its AI. Meta says that, \
        once it honours the objection, it will not use them "going forward" (S9); what was used before is not \
        taken out of trained models (S22, S27). One objection covers the accounts in the same Accounts Center \
        as the one you object from (S9); an account that is not linked needs its own (S28).
        """

    static func draft(_ inputs: PlanInputs) -> PlanDraft? {
        let platforms = inputs.platforms.sorted { $0.rawValue < $1.rawValue }
        guard !platforms.isEmpty else { return nil }
        guard let region = inputs.facts.region?.value else { return regionNotSet() }
        guard let terms = regions[region] else { return notOpen(region) }
        let objections = platforms.map { ($0, inputs.facts.objections[$0]?.value) }
        let pending = Set(objections.filter { if case .objected = $0.1 { false } else { true } }.map(\.0))
        let objected = objections.compactMap { platform, objection -> (Platform, CalendarDay)? in
            if case .objected(let day)? = objection { (platform, day) } else { nil }
        }
        let covers: (PlanSubject) -> Bool = pending.isEmpty
            ? { terms.objectionRules.contains($0.rule ?? "") }
            : { pending.contains($0.platform) && $0.isUsed && $0.rule == terms.notObjectedRule }
        let mayAlso = inputs.items { subject in
            pending.contains(subject.platform) && subject.verdict == .unknown
                && subject.missing.contains { ["visibility", "age", "objection.\(subject.platform.rawValue)"].contains($0) }
        }
        let status: PlanStatus = pending.isEmpty ? .done
            : objections.contains { $0.1 == .notObjected } ? .open : .needsFacts
        let reason = minorNote(inputs.facts) + statusReason(
            region, terms.cutoff, objected: objected, pending: platforms.filter(pending.contains),
            unset: objections.filter { $0.1 == nil }.map(\.0))
        let action = PlanAction(
            id: "object", title: title, status: status, statusReason: reason, does: does,
            count: inputs.count(where: covers), mayAlsoCover: mayAlso,
            notCovered: limits(region, inputs), place: place(region), sources: sources(region, objected: objected))
        return PlanDraft(action: action, covers: covers)
    }

    private static func statusReason(
        _ region: Region, _ cutoff: CalendarDay, objected: [(Platform, CalendarDay)], pending: [Platform], unset: [Platform]
    ) -> String {
        let days = objected.map(\.1).reduce(into: [CalendarDay]()) { if !$0.contains($1) { $0.append($1) } }
        var sentences = days.map { day in
            let platforms = objected.filter { $0.1 == day }.map(\.0.displayName).joined(separator: " and ")
            return "You objected on \(platforms) on \(day); " + stillHelps(region, cutoff, day)
        }
        if !unset.isEmpty {
            sentences.append("It is not set whether you objected on \(unset.map(\.displayName).joined(separator: " or ")): "
                + unset.map { "exposure facts set --objected \($0.rawValue):YYYY-MM-DD (or --not-objected \($0.rawValue))" }
                .joined(separator: "; ") + ".")
        }
        if let day = objected.first?.1, !pending.isEmpty {
            sentences.append("If \(pending.map(\.displayName).joined(separator: " and ")) was in the same Accounts Center "
                + "when you objected, that objection covers it too (S9): exposure facts set --objected "
                + "\(pending[0].rawValue):\(day).")
        }
        if objected.isEmpty && unset.isEmpty {
            sentences.append("You have not objected, and where you live (\(region.rawValue)) you can.")
        }
        return sentences.joined(separator: " ")
    }

    /// Meta leaves out under-18 accounts, so the objection matters only from the 18th birthday on.
    private static func minorNote(_ facts: PolicyFacts) -> String {
        let minor: Bool = switch facts.age?.value {
        case .minor?: true
        case .birthDate(let born)?: !born.isEighteen(on: CalendarDay(utc: Date()))
        default: false
        }
        return minor ? "While you are under 18, Meta says it does not train on your content (S1, S3, S17, S22). " : ""
    }

    /// Whether an objection of `day` still keeps everything out, by the regional rules.
    private static func stillHelps(_ region: Region, _ cutoff: CalendarDay, _ day: CalendarDay) -> String {
        guard day < cutoff else {
            return "it works from that day on, so what was public before it may already have been used (S9, S27)."
        }
        let source = region == .eu ? "S3" : region == .uk ? "S1" : "S17"
        let honoured = "that was before \(cutoff), and Meta says it honours such objections (\(source))."
        guard region == .eu, day.year < 2025 else { return honoured }
        return honoured + " noyb reports that some 2024 objectors were asked to object again (S30, S31): "
            + "keep Meta's confirmation email, and object again if you have none."
    }

    private static func regionNotSet() -> PlanDraft {
        let action = PlanAction(
            id: "object", title: title, status: .needsFacts,
            statusReason: "Your region is not set, and the objection exists only in the EU/EEA, the UK and Brazil: "
                + "exposure facts set --region eu|uk|br|ch|row.",
            does: does, count: PlanCount(), notCovered: [], place: nil, sources: ["S1", "S3", "S17", "S22"])
        return PlanDraft(action: action, covers: { _ in false })
    }

    private static func notOpen(_ region: Region) -> PlanDraft {
        let reason = region == .ch
            ? "No statement was found on an objection for people in Switzerland; Meta offers it in the EU/EEA, the UK and Brazil (S1, S3, S17)."
            : "Outside the EU/EEA, the UK and Brazil, Meta offers no objection to training on your own public posts (S22). "
                + "The \"AI at Meta\" data subject rights form is about data from other sources and does not keep your posts out (S25)."
        let action = PlanAction(
            id: "object", title: title, status: .notOpen, statusReason: reason, does: does, count: PlanCount(),
            notCovered: [], place: nil, sources: region == .ch ? ["S1", "S3", "S17"] : ["S22", "S25"])
        return PlanDraft(action: action, covers: { _ in false })
    }

    private static func limits(_ region: Region, _ inputs: PlanInputs) -> [PlanLimit] {
        var limits = [
            PlanLimit("Public posts by other people that show you: your objection does not reach them.", sources: ["S9", "S22"]),
            PlanLimit("What was used before Meta honoured the objection stays in the models trained on it.", sources: ["S22", "S27"]),
            PlanLimit("Whether it also keeps your chats with Meta AI out of training is not known.", sources: ["S3", "S9"]),
        ]
        if region == .br {
            limits.append(PlanLimit(
                what: "Content posted by 2024-07-02 stays unknown whatever you do (rule R12a).",
                items: inputs.items { $0.rule == "R12a" }, sources: ["S16", "S18"]))
        }
        return limits
    }

    private static func place(_ region: Region) -> PlanPlace {
        let path = region == .br
            ? "Instagram: ☰ → Central de Privacidade → IA na Meta → Informações que você compartilhou… → Direito de oposição; "
                + "the form asks for your country, your account's email, one sentence on how the processing affects you, "
                + "and a code Meta emails you (A29)."
            : "Facebook: Menu → Settings & privacy → Privacy Center → AI at Meta → Information you've shared on Meta Products "
                + "→ Object to your information being used for AI at Meta. Instagram: Profile → ☰ → Privacy Center → AI at Meta "
                + "→ the same form (A30). Write one sentence as your reason (for example \"I object to the use of my data for "
                + "AI training\"), enter the code Meta emails you, and keep its confirmation email."
        return PlanPlace(path: path, asOf: PlanSources.asOf, link: "https://www.facebook.com/privacy/genai/")
    }

    private static func sources(_ region: Region, objected: [(Platform, CalendarDay)]) -> [String] {
        let base: [String] = switch region {
        case .eu: ["S3", "S9", "S12", "S22", "S27", "S28", "A30", "A31"]
        case .uk: ["S1", "S9", "S15", "S22", "S28", "A30", "A31"]
        default: ["S17", "S9", "S22", "S28", "A29", "A31"]
        }
        let disputed = region == .eu && objected.contains { $0.1.year < 2025 }
        return base + (disputed ? ["S30", "S31"] : [])
    }
}
