/// R08's judgement, shared with R09: public content made non-public is spared only if that happened
/// before training began in the owner's region.
extension PolicyRule {
    static func endedPublic(_ input: RuleInput) -> Ruling {
        let regions = input.region.map { [$0] } ?? Region.allCases
        let outcomes = regions.map { endedPublic(input, start: PolicyDates.trainingStart($0)) }
        let verdicts = outcomes.reduce(into: Set<VerdictKind>()) { $0.formUnion($1) }
        guard verdicts.count > 1 else { return .verdict(verdicts.first!, endedReason(verdicts.first!, input), confidence: .medium) }
        let missing = (input.region == nil && Set(outcomes).count > 1 ? [MissingFact.region] : [])
            + (input.publicUntil == nil && outcomes.contains { $0.count > 1 } ? [.publicUntil] : [])
        return .depends(verdicts, on: missing, "Excluded if it stopped being public before training began in your region.")
    }

    private static func endedPublic(_ input: RuleInput, start: CalendarDay?) -> Set<VerdictKind> {
        guard let start else { return [.unknown] }
        if let until = input.publicUntil { return CalendarDay(utc: until) < start ? [.excluded] : [.unknown] }
        if let least = input.publicAtLeastUntil, CalendarDay(utc: least) >= start { return [.unknown] }
        return [.excluded, .unknown]
    }

    private static func endedReason(_ verdict: VerdictKind, _ input: RuleInput) -> String {
        guard let region = input.region, let start = PolicyDates.trainingStart(region) else {
            return input.region == .ch
                ? "It was public once, and no statement says when training began in Switzerland."
                : "It was still public after training had begun in every region, and hiding it later does not undo collection."
        }
        return verdict == .excluded
            ? "It stopped being public before training began in your region (\(start))."
            : "It was still public on or after \(start), when training had begun in your region, and hiding it later does not undo collection."
    }
}
