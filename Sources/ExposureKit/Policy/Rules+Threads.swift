/// R15–R15d: Threads, which Meta's statements name only in Brazil, from its policy update of
/// 2025-12-16 (A29); elsewhere no statement in the rule set names Threads.
extension PolicyRule {
    static let r15 = PolicyRule(
        id: "R15", summary: "Threads posts: outside Brazil no statement names Threads; unknown.", sourceIDs: ["S8", "A29"]
    ) { input in
        guard input.item.kinds == [.threads] else { return .skip("Not only a Threads post.") }
        let elsewhere = "Meta's statements name Facebook and Instagram; its EU notice covers public information shared in \"Meta Products\", but none names Threads outside Brazil."
        switch input.region {
        case .br?:
            guard CalendarDay(utc: input.now) >= PolicyDates.brazilThreadsNamed else {
                return .decide(.verdict(.unknown, "Meta's Brazilian update that names Threads takes effect on \(PolicyDates.brazilThreadsNamed)."))
            }
            return .skip("Brazil: Meta's update of \(PolicyDates.brazilThreadsNamed) names Threads (R15b–R15d).")
        case nil: return .decide(.depends([.unknown, .used], on: [.region], elsewhere + " Brazil's update of 2025-12-16 does."))
        default: return .decide(.verdict(.unknown, elsewhere))
        }
    }

    static let r15b = PolicyRule(
        id: "R15b", summary: "Brazil: an objection made before 2025-12-16 excludes Threads posts.", sourceIDs: ["A29"]
    ) { input in
        guard input.item.kinds == [.threads] else { return .skip("Not only a Threads post.") }
        if let why = input.outside(.br) { return .skip(why) }
        return ObjectionRules.objectedBefore(PolicyDates.brazilThreadsNamed, input) { _ in
            .verdict(.excluded, "You objected before Meta's Brazilian update named Threads (2025-12-16); earlier objections are honoured.", confidence: .medium)
        }
    }

    static let r15c = PolicyRule(
        id: "R15c", summary: "Brazil: an objection from 2025-12-16 on excludes only Threads posts made after it.", sourceIDs: ["A29", "S9"]
    ) { input in
        guard input.item.kinds == [.threads] else { return .skip("Not only a Threads post.") }
        if let why = input.outside(.br) { return .skip(why) }
        return ObjectionRules.objectedFrom(PolicyDates.brazilThreadsNamed, input)
    }

    static let r15d = PolicyRule(
        id: "R15d", summary: "Brazil: public Threads posts of adults who did not object are used from 2025-12-16.", sourceIDs: ["A29"]
    ) { input in
        guard input.item.kinds == [.threads] else { return .skip("Not only a Threads post.") }
        if let why = input.outside(.br) { return .skip(why) }
        let reason = "Meta's Brazilian privacy policy update of 2025-12-16 names public information of Threads users among its training data."
        return ObjectionRules.notObjected(input, reason, confidence: .medium)
    }
}
