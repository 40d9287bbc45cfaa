/// R04–R06: the owner's age, and posts by someone else.
extension PolicyRule {
    static let r04 = PolicyRule(
        id: "R04", summary: "Content of owners under 18 is not used.", sourceIDs: ["S1", "S3", "S17", "S22"]
    ) { input in
        guard input.isOwn else { return .skip("Someone else posted it: their age counts, not yours (R06).") }
        switch input.isMinorNow {
        case true?: return .decide(.verdict(.excluded, "Meta says it does not train on content of people under 18."))
        case false?: return .skip("The owner is 18 or over.")
        case nil: return .skip("The owner's age is not set (R05b).")
        }
    }

    static let r05 = PolicyRule(
        id: "R05", summary: "Content posted before the owner turned 18 is unknown.", sourceIDs: ["S22"]
    ) { input in
        guard input.isOwn, input.audience != .neverPublic else { return .skip("Not public content of your own.") }
        guard case .birthDate(let born) = input.age else { return .skip("No birth date to compare with the posting date.") }
        let reason = "Posted before the owner turned 18; Meta could not say whether such content is used once the owner is an adult."
        guard let posted = input.postedDay else { return .open(.depends([.unknown], on: [.postedAt], reason)) }
        return born.isEighteen(on: posted) ? .skip("Posted at 18 or over.") : .decide(.verdict(.unknown, reason))
    }

    static let r05b = PolicyRule(
        id: "R05b", summary: "Without the owner's age, R04 and R05 cannot be checked.", sourceIDs: []
    ) { input in
        guard input.isOwn, input.age == nil else { return .skip("The age is set, or the item is someone else's.") }
        let verdicts: Set<VerdictKind> = input.audience == .neverPublic ? [.excluded] : [.excluded, .unknown]
        return .open(.depends(verdicts, on: [.age], "Excluded if you are under 18; unknown if you were under 18 when it was posted."))
    }

    static let r06 = PolicyRule(
        id: "R06", summary: "Posts by someone else are unknown.", sourceIDs: ["S9", "S22", "S30"]
    ) { input in
        guard !input.isOwn else { return .skip("You posted it.") }
        guard input.audience != .neverPublic else { return .skip("Never public: R07 decides.") }
        let reason = "Someone else posted it, so their audience, age, region and objection decide; your objection does not cover it."
        return .decide(.verdict(.unknown, reason))
    }
}
