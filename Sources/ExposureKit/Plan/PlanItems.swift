/// The steps taken one item at a time: public items that give away a place, a network address or a
/// camera, and the profile photos Facebook keeps public (audience-and-actions.md §2.1, §5).
enum PlanItems {
    static func exposedDraft(_ inputs: PlanInputs) -> PlanDraft? {
        let items = inputs.exposed
        let unknown = inputs.items { $0.visibility == .unknown && $0.givesSomethingAway && $0.spot != .profile }
        guard !items.isEmpty || unknown > 0 else { return nil }
        let status: PlanStatus = !items.isEmpty ? .open : .needsFacts
        let reason = (items.isEmpty ? "No item known to be public gives away a location, an upload IP or a camera serial"
            : "\(Count.text(items.count)) public item\(items.count == 1 ? "" : "s") give away a location, an upload IP or a camera serial")
            + (unknown > 0 ? "; the export does not say who can see \(Count.text(unknown))\(items.isEmpty ? "" : " more") that do "
                + "(answer with exposure visibility set)." : ".")
        var action = PlanAction(
            id: "public-items-that-give-away-more", title: "Change or delete public items that give away a place, an address or a camera",
            status: status, statusReason: reason, does: exposedDoes, count: PlanCount(), mayAlsoCover: unknown,
            notCovered: [PlanLimit("Whether Meta trains on the location, upload IP or camera serial it keeps is not known (rule K6).",
                                   sources: ["S35", "S36", "S37"])],
            place: PlanPlace(
                path: "Open the item (its link, where the export gives one, while logged in) → ⋯ → Edit audience or Edit post "
                    + "audience; edit the post to remove its location; or delete it. Facebook's Activity log lists every post "
                    + "with its audience (A3, A18, A23).",
                asOf: PlanSources.asOf, link: nil),
            sources: ["A3", "A18", "A23", "S35", "S36", "S37"])
        action.items = items.count
        action.changes = items.count
        action.itemList = items
        return PlanDraft(action: action, covers: nil)
    }

    private static let exposedDoes = """
        Changes one item at a time: its audience, the location on the post, or the item itself by deleting it (A3, \
        A18). Copies that Facebook and Instagram show others are reported to have their EXIF stripped (S36), but Meta \
        keeps the location, upload IP and camera details with the photo (S35, S37): only deleting the item removes them \
        from your account. Most exposing first: a location, then a camera serial or upload IP, items Meta may train on \
        first.
        """

    /// What to change on one public item, by what it gives away.
    static func change(_ gives: [Giveaway]) -> String {
        gives.contains(.location)
            ? "Remove the location from the post, limit its audience, or delete it."
            : "Limit its audience or delete it; the upload IP and camera serial cannot be edited."
    }

    static func profileDraft(_ inputs: PlanInputs) -> PlanDraft? {
        let facebook = inputs.profilePhotos.filter { $0.item.platform == .facebook }
        guard !facebook.isEmpty else { return nil }
        let old = facebook.filter { !$0.isCurrent && $0.isPublic }.map(\.item)
        let listed = old.filter { !$0.gives.isEmpty } + old.filter { $0.gives.isEmpty }
        let giving = listed.filter { !$0.gives.isEmpty }.count
        let current = facebook.filter(\.isCurrent)
        let reason = old.isEmpty
            ? "Your answers say none of your older Facebook profile pictures or cover photos is public any more."
            : "\(Count.text(old.count)) older profile picture\(old.count == 1 ? " or cover photo is" : "s and cover photos are") "
                + "public; \(Count.text(giving)) of them \(giving == 1 ? "gives" : "give") away a place or a device."
        var action = PlanAction(
            id: "profile-and-cover-photos", title: "Facebook: restrict older profile pictures and cover photos",
            status: old.isEmpty ? .done : .open, statusReason: reason, does: profileDoes, count: PlanCount(),
            notCovered: [
                PlanLimit(what: "Your current profile picture and cover photo: always public, whatever you set; choose ones "
                            + "that show nothing you would not show everyone.", items: current.count, sources: ["A1", "A2"]),
                PlanLimit(what: "The Instagram profile photo stays visible to everyone, even on a private account.",
                          items: inputs.profilePhotos.count - facebook.count, sources: ["A25"]),
            ],
            place: PlanPlace(
                path: "Facebook: Photos → Albums → Profile pictures (or Cover photos) → open the photo → ⋯ → Edit post audience (A18).",
                asOf: PlanSources.asOf, link: nil),
            sources: ["A1", "A2", "A13", "A18", "S28"])
        action.items = listed.count
        action.changes = listed.filter { !$0.gives.isEmpty || $0.aiTraining == VerdictKind.used.rawValue }.count
        action.itemList = listed
        return PlanDraft(action: action, covers: nil)
    }

    private static let profileDoes = """
        Facebook shows your name, current profile picture and cover photo to everyone, and they cannot be restricted \
        (A1, A2). Older ones stay in the Profile pictures and Cover photos albums, added as Public, and can be \
        restricted photo by photo (A2, A13). Profile pictures are on Meta's list of public information used for AI \
        training (S28).
        """
}
