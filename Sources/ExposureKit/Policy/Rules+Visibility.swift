/// R07–R09: only public content is used, and making it non-public only works going forward.
extension PolicyRule {
    static let r07a = PolicyRule(
        id: "R07a", summary: "Facebook Dating photos: no statement of Meta's says whether they are used.", sourceIDs: ["S1", "S3"]
    ) { input in
        input.item.content == .datingProfile
            ? .decide(.verdict(.unknown, "Dating shows it only to Dating's users, so it is not a public post; but Meta's "
                + "statements about training name public posts and say nothing of Dating, so it is not known either way."))
            : .skip("Not a Dating photo.")
    }

    static let r07 = PolicyRule(
        id: "R07", summary: "Content that was never public is not used.", sourceIDs: ["S20", "S21", "S22", "S1", "S3"]
    ) { input in
        input.audience == .neverPublic
            ? .decide(.verdict(.excluded, "It was never public, and Meta says it trains only on public content."))
            : .skip("It was public at some time, or that is not known.")
    }

    static let r08 = PolicyRule(
        id: "R08", summary: "Made non-public before training began in the region: not used; after: unknown.",
        sourceIDs: ["S22", "S12", "S13"]
    ) { input in
        input.audience == .formerlyPublic ? .decide(endedPublic(input)) : .skip("Not public once and private now.")
    }

    static let r09 = PolicyRule(
        id: "R09", summary: "Without the item's audience, R07 and R08 cannot be checked.", sourceIDs: []
    ) { input in
        guard input.audience == .unknown else { return .skip("Its audience is known.") }
        var verdicts: Set<VerdictKind> = input.wasPublic == .yes ? [] : [.excluded]
        if input.wasPublic != .no { verdicts.formUnion(endedPublic(input).verdicts) }
        return .open(.depends(verdicts, on: [.visibility], "Excluded if it was never public; if it is public now, the regional rules decide."))
    }
}
