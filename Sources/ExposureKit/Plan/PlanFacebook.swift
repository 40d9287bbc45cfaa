/// Facebook's "Limit who can see past posts": one step that turns old Public and Friends-of-friends
/// timeline posts into Friends-only posts, and what it leaves (audience-and-actions.md §1).
enum PlanFacebook {
    static func draft(_ inputs: PlanInputs) -> PlanDraft? {
        let onTimeline: (PlanSubject) -> Bool = { $0.platform == .facebook && $0.spot == .timeline }
        let all = inputs.items(where: onTimeline)
        guard all > 0 else { return nil }
        let covers: (PlanSubject) -> Bool = { onTimeline($0) && $0.visibility == .public }
        let count = inputs.count(where: covers)
        let unknown = inputs.items { onTimeline($0) && $0.visibility == .unknown }
        let status: PlanStatus = count.items + unknown > 0 ? .open : .done
        let reason = status == .done
            ? "Your answers say none of your \(Count.text(all)) Facebook timeline posts is public any more."
            : "Of your \(Count.text(all)) Facebook timeline posts, \(Count.text(count.items)) are public by your answers"
                + (unknown > 0 ? " and the export does not say who can see \(Count.text(unknown)) "
                    + "(answer with exposure visibility set public|private --platform facebook --in posts)." : ".")
        let action = PlanAction(
            id: "facebook-limit-past-posts", title: "Facebook: limit who can see past posts", status: status,
            statusReason: reason, does: does, count: count, mayAlsoCover: unknown, notCovered: limits(inputs),
            place: PlanPlace(
                path: "Facebook: Settings & privacy → Settings → Audience and visibility → Posts → Limit who can see past posts "
                    + "(app); on the web under Settings → Privacy → Posts; also offered in Privacy Checkup → Who can see what "
                    + "you share (A10, a weak source: no current Meta page for it was found).",
                asOf: PlanSources.asOf, link: nil),
            sources: ["A7", "A9", "A10", "A11", "S22"])
        return PlanDraft(action: action, covers: covers)
    }

    private static let does = """
        Turns your own past timeline posts shared with Public or Friends of friends into Friends-only posts, in one \
        step (A7, A9). It cannot be undone in one step: each post has to be changed back by hand (A7, A10). People \
        tagged in a post, and their friends, still see it (A7). Meta trains on public posts, so public posts stop \
        being collected from then on; what was collected before is not recalled (S22).
        """

    private static func limits(_ inputs: PlanInputs) -> [PlanLimit] {
        func items(_ spot: PlanSubject.Spot) -> Int {
            inputs.items { $0.platform == .facebook && $0.spot == spot }
        }
        return [
            PlanLimit(what: "Profile pictures and cover photos: the current ones stay public whatever you do; whether it "
                        + "reaches older ones is not known.", items: items(.profile), sources: ["A1", "A2", "A11"]),
            PlanLimit(what: "Photos in albums you made: one 2013 user report says Public albums were changed too; no Meta "
                        + "page confirms it. Set each album's audience to be sure (Edit album → audience).",
                      items: items(.album), sources: ["A11", "A18"]),
            PlanLimit(what: "Posts in groups: they have the group's audience, and a public group's posts are public whatever "
                        + "your settings; no source says whether this step reaches them.", items: items(.group), sources: ["A3"]),
            PlanLimit(what: "Posts on other people's timelines or Pages: their owner chooses who sees them.",
                      items: items(.otherPage), sources: ["A3"]),
            PlanLimit(what: "Stories and reels: each has its own audience and default; no source says this step changes them.",
                      items: items(.story) + items(.reel), sources: ["A33", "A35"]),
            PlanLimit("Posts shared with a custom audience, Friends or narrower are left as they are.", sources: ["A10"]),
        ]
    }
}
