import Foundation

/// K1–K5: how the kind of an item changes who could see it.
extension PolicyRule {
    static let k1 = PolicyRule(
        id: "K1", summary: "Facebook profile pictures and cover photos count as public.", sourceIDs: ["S28", "S8"]
    ) { input in
        guard input.item.platform == .facebook, !input.item.kinds.isDisjoint(with: [.profilePicture, .coverPhoto]) else {
            return .skip("Not a Facebook profile picture or cover photo.")
        }
        guard input.item.visibilitySource != .user else { return .skip("You set its audience yourself.") }
        var next = input
        (next.visibility, next.wasPublic, next.confidenceCap) = (.public, .yes, .medium)
        return .adjust("Facebook shows profile pictures and cover photos to everyone: treated as public.", next)
    }

    static let k2 = PolicyRule(
        id: "K2", summary: "Instagram profile photos of private accounts are unknown.", sourceIDs: ["S28", "S21"]
    ) { input in
        guard input.item.platform == .instagram, input.item.kinds.contains(.profilePicture) else {
            return .skip("Not an Instagram profile photo.")
        }
        let reason = "Instagram profile photos stay visible on private accounts, and Meta has not said whether it uses them."
        switch input.item.accountPrivate {
        case true?: return .decide(.verdict(.unknown, reason))
        case nil: return .open(.depends([.unknown], on: [.accountPrivacy], reason))
        case false?: return .skip("The Instagram account is public.")
        }
    }

    static let k3 = PolicyRule(
        id: "K3", summary: "A story counts as a public post only while still public; stories expire after 24 hours.",
        sourceIDs: ["S28", "S31"]
    ) { input in
        guard input.item.kinds.contains(.story) else { return .skip("Not a story.") }
        var next = input
        if input.visibility == .public && input.item.visibilitySource == .user {
            next.confidenceCap = .medium
            return .adjust("You say the story is still public (as in a highlight): treated as a public post.", next)
        }
        next.visibility = .private
        next.publicUntil = input.item.visibilitySource == .user ? input.item.publicUntil : nil
        next.publicAtLeastUntil = input.item.postedAt.map { $0 + PolicyDates.storyLifetime }
        return .adjust("Stories disappear 24 hours after posting unless kept in a highlight, so it is not public now.", next)
    }

    static let k4 = PolicyRule(
        id: "K4", summary: "A comment has the audience of the post it is on.", sourceIDs: ["S1", "S3", "S28"]
    ) { input in
        guard input.item.content == .comment else { return .skip("Not a comment.") }
        return inheritAudience(input, from: "the post it is on")
    }

    static let k5 = PolicyRule(
        id: "K5", summary: "A group post has the group's audience: public group public, private group not.", sourceIDs: ["S28"]
    ) { input in
        guard input.item.kinds.contains(.group) else { return .skip("Not a group post.") }
        return inheritAudience(input, from: "the group")
    }

    /// The account's own setting says nothing about a container someone else controls; only the user can tell.
    private static func inheritAudience(_ input: RuleInput, from container: String) -> RuleOutcome {
        guard input.item.visibilitySource != .user else { return .skip("You gave its audience, which is that of \(container).") }
        var next = input
        (next.visibility, next.wasPublic, next.publicUntil) = (.unknown, .unknown, nil)
        return .adjust("Its audience is that of \(container), which the account's setting does not tell.", next)
    }
}
