extension ActionPlan {
    /// Every step open to the person, or shown as done or not open, in the order to take them.
    static func build(_ inputs: PlanInputs) -> (plan: ActionPlan, drafts: [PlanDraft]) {
        let drafts = [
            PlanObjection.draft(inputs), PlanFacebook.draft(inputs), PlanInstagram.draft(inputs),
            PlanItems.exposedDraft(inputs), PlanItems.profileDraft(inputs),
        ].compactMap { $0 }
        let ordered = drafts.enumerated().sorted { precedes($0, $1) }.map(\.element)
        let counted = PlanNote(
            text: "Counted from the newest export of each platform (\(inputs.exports.joined(separator: ", "))): an older "
                + "export shows how things were, not what is left to do.", sources: [])
        return (ActionPlan(asOf: PlanSources.asOf, actions: ordered.map(\.action), notes: notes + [counted]), ordered)
    }

    /// Steps still to take first, those that change the most used or exposed items ahead; then by
    /// the items they cover, then in the order they are made.
    private static func precedes(_ a: (offset: Int, element: PlanDraft), _ b: (offset: Int, element: PlanDraft)) -> Bool {
        func rank(_ status: PlanStatus) -> Int {
            switch status {
            case .open, .needsFacts: 0
            case .done: 1
            case .notOpen: 2
            }
        }
        let (x, y) = (a.element.action, b.element.action)
        return (rank(x.status), -x.changes, -x.items, a.offset) < (rank(y.status), -y.changes, -y.items, b.offset)
    }

    private static let notes = [
        PlanNote(text: "Exposure changes nothing for you: it only reads your exports and has no network code. Every step "
                    + "here is one you take yourself, on Facebook or Instagram.", sources: []),
        PlanNote(text: "These steps stop future use only: what Meta has already collected or trained on is not taken out "
                    + "of its models.", sources: ["S9", "S22", "S27", "S28"]),
        PlanNote(text: "Meta's menus and wording change often: the paths are as the reference found them on "
                    + "\(PlanSources.asOf), and may have moved since.", sources: []),
    ]
}
