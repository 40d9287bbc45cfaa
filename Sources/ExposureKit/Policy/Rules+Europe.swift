/// R10–R11: EU/EEA and UK, where an objection works from its date on.
extension PolicyRule {
    static let r10a = PolicyRule(
        id: "R10a", summary: "EU: an objection made before 2025-05-27 excludes public content.",
        sourceIDs: ["S3", "S9", "S30", "S31"]
    ) { input in
        if let why = input.outside(.eu) { return .skip(why) }
        return ObjectionRules.objectedBefore(PolicyDates.euStart, input) { day in
            day.year >= 2025
                ? .verdict(.excluded, "You objected before EU training began on 2025-05-27, and Meta says it honours such objections.")
                : .verdict(.excluded, "You objected in 2024, before EU training began; Meta says it honours those objections, but noyb reports some 2024 objectors were asked to object again.", confidence: .medium)
        }
    }

    static let r10b = PolicyRule(
        id: "R10b", summary: "EU: an objection from 2025-05-27 on excludes only content posted after it.",
        sourceIDs: ["S9", "S27", "S22"]
    ) { input in
        if let why = input.outside(.eu) { return .skip(why) }
        return ObjectionRules.objectedFrom(PolicyDates.euStart, input)
    }

    static let r10c = PolicyRule(
        id: "R10c", summary: "EU: public content of adults who did not object is used from 2025-05-27.",
        sourceIDs: ["S3", "S8", "S12", "S26"]
    ) { input in
        if let why = input.outside(.eu) { return .skip(why) }
        let reason = "Since 2025-05-27 Meta trains on public content of EU adults who did not object, back to the account's creation."
        return ObjectionRules.notObjected(input, reason, confidence: .high)
    }

    static let r11a = PolicyRule(
        id: "R11a", summary: "UK: an objection made before 2024-09-13 excludes public content.", sourceIDs: ["S1", "S9"]
    ) { input in
        if let why = input.outside(.uk) { return .skip(why) }
        return ObjectionRules.objectedBefore(PolicyDates.ukAnnounced, input) { _ in
            .verdict(.excluded, "You objected before Meta resumed its UK plan on 2024-09-13, and Meta said it would honour earlier objections.", confidence: .medium)
        }
    }

    static let r11b = PolicyRule(
        id: "R11b", summary: "UK: an objection from 2024-09-13 on excludes only content posted after it.",
        sourceIDs: ["S1", "S9", "S15"]
    ) { input in
        if let why = input.outside(.uk) { return .skip(why) }
        return ObjectionRules.objectedFrom(PolicyDates.ukAnnounced, input)
    }

    static let r11c = PolicyRule(
        id: "R11c", summary: "UK: public content of adults who did not object is used.", sourceIDs: ["S1", "S15"]
    ) { input in
        if let why = input.outside(.uk) { return .skip(why) }
        let reason = "Meta trains on public posts and photos of UK adults who did not object."
        return ObjectionRules.notObjected(input, reason, confidence: .high)
    }
}
