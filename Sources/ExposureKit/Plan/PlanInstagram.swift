/// Instagram's private account: it hides posts from non-followers from the switch on, but what was
/// public before stays where the rules put it (audience-and-actions.md §3; ai-training-policy.md Q4).
enum PlanInstagram {
    static func draft(_ inputs: PlanInputs) -> PlanDraft? {
        guard let account = inputs.instagram else { return nil }
        let inLatest: (PlanSubject) -> Bool = { $0.exportId == account.exportId && $0.spot != .profile }
        let covers: (PlanSubject) -> Bool = account.isPrivate == true
            ? { inLatest($0) && $0.visibility == .private && $0.spot != .hidden }
            : { inLatest($0) && $0.visibility == .public }
        let (status, reason): (PlanStatus, String) = switch account.isPrivate {
        case true?: (.done, "The newest Instagram export, \(account.exportName), says the account is private.")
        case false?: (.open, "The newest Instagram export, \(account.exportName), says the account is public.")
        case nil: (.needsFacts, "The newest Instagram export, \(account.exportName), does not say whether the account is private.")
        }
        let action = PlanAction(
            id: "instagram-private-account", title: "Instagram: make the account private", status: status,
            statusReason: reason, does: does, count: inputs.count(where: covers), notCovered: limits(inputs, account),
            place: PlanPlace(
                path: "Instagram's settings: the Private account switch (the reference records no menu path for it).",
                asOf: PlanSources.asOf, link: nil),
            sources: ["A24", "S21", "S22", "S28", "A25"])
        return PlanDraft(action: action, covers: covers)
    }

    private static let does = """
        Hides your posts, stories and reels from everyone who does not follow you; they no longer show in Explore or \
        on hashtag pages (A24). Meta's executives say it does not train on private content (S21, S22), so from the \
        switch on your posts stop being collected.
        """

    private static func limits(_ inputs: PlanInputs, _ account: InstagramAccountState) -> [PlanLimit] {
        let before = inputs.count { $0.platform == .instagram && $0.wasPublic == .yes && $0.visibility != .public && $0.spot != .profile }
        let stillInScope = before.byRule.filter { $0.verdict != VerdictKind.excluded.rawValue }.reduce(0) { $0 + $1.items }
        return [
            PlanLimit(what: "Items that were public before the account became private: what was collected while they were "
                        + "public is not recalled, and by the rules \(Count.text(stillInScope)) of them stay used or unknown.",
                      items: before.items, sources: ["S22", "S28"]),
            PlanLimit(what: "The profile photo, username, name and bio stay visible to everyone; Meta has not said whether it "
                        + "uses them for private accounts.", items: inputs.items { $0.platform == .instagram && $0.spot == .profile },
                      sources: ["A25", "S28"]),
        ]
    }
}
