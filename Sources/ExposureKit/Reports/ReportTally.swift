/// The report's numbers, added up an item or a group of alike items at a time, so a report of a
/// large database never holds every item in memory: only the exposed ones, which it lists.
struct ReportTally {
    private(set) var headline = Headline()
    private var verdicts = VerdictSummary()
    private var rules: [String: VerdictSummary.RuleCount] = [:]
    private var years: [Int?: YearCount] = [:]
    private var exposed: [ItemRow] = []

    /// Counts `item` `count` times, for a group of items that agree on everything the numbers look at;
    /// a rule's reason is taken from the first item counted under it.
    mutating func count(_ item: ItemRecord, times count: Int = 1) {
        headline.add(item, count)
        verdicts.add(item, count)
        if let verdict = item.aiTraining {
            let rule = item.aiRule ?? ""
            rules["\(verdict)\u{0}\(rule)", default: .init(verdict: verdict, rule: rule, reason: item.aiReason ?? "", items: 0)]
                .items += count
        }
        years[item.year, default: YearCount(year: item.year)].add(item, count)
    }

    /// Keeps `row` for the list of items to deal with first, if it belongs there.
    mutating func list(_ row: ItemRow) {
        if row.item.exposureTier != nil { exposed.append(row) }
    }

    var aiTraining: VerdictSummary {
        var summary = verdicts
        summary.rules = VerdictSummary.ranked(rules.values)
        return summary
    }

    var timeline: [YearCount] {
        years.values.sorted { ($0.year ?? Int.max) < ($1.year ?? Int.max) }
    }

    var topExposures: [ExposedItem] {
        ExposedItem.ranked(exposed)
    }
}
