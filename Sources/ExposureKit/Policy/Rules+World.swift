/// R12–R14: Brazil, the rest of the world, and regions without a statement.
extension PolicyRule {
    static let r12a = PolicyRule(
        id: "R12a", summary: "Brazil: content posted by 2024-07-02 is unknown, whatever the objection.", sourceIDs: ["S16", "S18"]
    ) { input in
        if let why = input.outside(.br) { return .skip(why) }
        let reason = "Posted by 2024-07-02, when Brazilian content may have entered earlier models; no later objection clears that."
        guard let posted = input.postedDay else { return .open(.depends([.unknown], on: [.postedAt], reason)) }
        return posted <= PolicyDates.brazilSuspension ? .decide(.verdict(.unknown, reason)) : .skip("Posted after 2024-07-02.")
    }

    static let r12b = PolicyRule(
        id: "R12b", summary: "Brazil: an objection made before 2024-10-03 excludes later public content.", sourceIDs: ["S17", "S18"]
    ) { input in
        if let why = input.outside(.br) { return .skip(why) }
        return ObjectionRules.objectedBefore(PolicyDates.brazilEarliestStart, input) { _ in
            .verdict(.excluded, "You objected before training could begin in Brazil (2024-10-03 at the earliest).", confidence: .medium)
        }
    }

    static let r12c = PolicyRule(
        id: "R12c", summary: "Brazil: an objection from 2024-10-03 on excludes only content posted after it.", sourceIDs: ["S17", "S9"]
    ) { input in
        if let why = input.outside(.br) { return .skip(why) }
        return ObjectionRules.objectedFrom(PolicyDates.brazilEarliestStart, input)
    }

    static let r12d = PolicyRule(
        id: "R12d", summary: "Brazil: public content of adults who did not object is used.", sourceIDs: ["S17", "S18"]
    ) { input in
        if let why = input.outside(.br) { return .skip(why) }
        let reason = "Meta may train on public content of Brazilian adults who did not object, from 2024-10-03 at the earliest."
        return ObjectionRules.notObjected(input, reason, confidence: .medium)
    }

    static let r13 = PolicyRule(
        id: "R13", summary: "Rest of the world: public content of adults is used, Facebook back to 2007.",
        sourceIDs: ["S20", "S21", "S22", "S5"]
    ) { input in
        if let why = input.outside(.row) { return .skip(why) }
        let used = Ruling.verdict(.used, "Outside the EU, UK and Brazil there is no opt-out, and Meta uses public posts and photos of adults back to 2007.")
        guard input.item.platform == .facebook else { return .decide(used) }
        let older = "Meta said public Facebook posts since 2007 are used; this one is older."
        guard let posted = input.postedDay else { return .decide(.depends([.used, .unknown], on: [.postedAt], older)) }
        return .decide(posted < PolicyDates.facebookPublicSince ? .verdict(.unknown, older) : used)
    }

    static let r14 = PolicyRule(
        id: "R14", summary: "Switzerland, or no region given: unknown.", sourceIDs: []
    ) { input in
        switch input.region {
        case .ch?: return .decide(.verdict(.unknown, "No Meta statement on training with Swiss users' content was found."))
        case nil: return .decide(.depends([.used, .unknown], on: [.region], "Your region is not set, and Meta's rules differ by region."))
        default: return .skip("Your region has its own rules above.")
        }
    }
}
