/// K6–K8: metadata, impossible dates, and items hidden from view.
extension PolicyRule {
    static let k6 = PolicyRule(
        id: "K6", summary: "EXIF, location and upload IP kept by Meta are unknown.", sourceIDs: ["S35", "S36", "S37"]
    ) { input in
        guard input.item.content == .exifMetadata else { return .skip("Not metadata.") }
        let reason = "Meta keeps photo metadata such as location and upload IP but has said nothing about training on it."
        return .decide(.verdict(.unknown, reason))
    }

    static let k7 = PolicyRule(
        id: "K7", summary: "Instagram content dated before Instagram's launch (2010-10-06) is unknown.", sourceIDs: []
    ) { input in
        guard input.item.platform == .instagram, let posted = input.postedDay, posted < PolicyDates.instagramLaunch else {
            return .skip("Not an Instagram item dated before Instagram existed.")
        }
        return .decide(.verdict(.unknown, "It is dated before Instagram existed, so its date is wrong and no rule can use it."))
    }

    static let k8 = PolicyRule(
        id: "K8", summary: "Archived or deleted items are not public now.", sourceIDs: []
    ) { input in
        let hidden: Set<SourceKind> = [.archived, .deleted]
        guard !input.item.kinds.isEmpty, input.item.kinds.isSubset(of: hidden) else {
            return .skip("Not only archived or deleted.")
        }
        var next = input
        next.visibility = .private
        return .adjust("Archived and deleted items are hidden from everyone else now.", next)
    }
}
