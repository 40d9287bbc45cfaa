/// The three shapes every regional objection rule takes: an objection before the region's cut-off,
/// one on or after it (which only works going forward), and none.
enum ObjectionRules {
    static func objectedBefore(
        _ cutoff: CalendarDay, _ input: RuleInput, ruling: (CalendarDay) -> Ruling
    ) -> RuleOutcome {
        switch input.objection {
        case .objected(let day)? where day < cutoff:
            return .decide(ruling(day))
        case nil:
            let reason = "Excluded if you objected on \(input.item.platform.displayName) before \(cutoff)."
            return .open(.depends([.excluded], on: [.objection(input.item.platform)], reason))
        default:
            return .skip("No objection before \(cutoff).")
        }
    }

    static func objectedFrom(_ cutoff: CalendarDay, _ input: RuleInput) -> RuleOutcome {
        switch input.objection {
        case .objected(let day)? where day >= cutoff:
            return .decide(goingForward(from: day, input))
        case nil:
            let reason = "An objection on or after \(cutoff) only excludes what was posted after it."
            return .open(.depends([.excluded, .unknown], on: [.objection(input.item.platform)], reason))
        default:
            return .skip("No objection on or after \(cutoff).")
        }
    }

    /// Used when the owner did not object; with the objection not set this is the case left over
    /// once the two objection rules are open, so the overall verdict stays unknown.
    static func notObjected(_ input: RuleInput, _ reason: String, confidence: Confidence) -> RuleOutcome {
        switch input.objection {
        case .notObjected?: .decide(.verdict(.used, reason, confidence: confidence))
        case nil: .decide(.verdict(.used, "If you did not object: " + reason, confidence: confidence))
        case .objected?: .skip("You objected.")
        }
    }

    /// An objection spares what is posted on a later UTC day; on the same day the order is not known.
    private static func goingForward(from objected: CalendarDay, _ input: RuleInput) -> Ruling {
        let reason = "Your objection of \(objected) only works going forward"
        guard let posted = input.postedDay else { return .depends([.excluded, .unknown], on: [.postedAt], reason + ".") }
        return posted > objected
            ? .verdict(.excluded, reason + ", and this was posted after it.", confidence: .medium)
            : .verdict(.unknown, reason + ", and this was posted before it, so it may already have been used.")
    }
}

extension RuleInput {
    /// Why a rule for `region` does not apply, or nil when it does.
    func outside(_ region: Region) -> String? {
        guard let current = self.region else { return "Your region is not set (R14)." }
        return current == region ? nil : "Your region is \(current.rawValue), not \(region.rawValue)."
    }
}
