import Foundation
import GRDB

/// Keeps every item's AI-training verdict in step with the facts, the overrides and the rule set:
/// recomputed whenever one of them changes, stored so reports need not evaluate again.
public enum Verdicts {
    static let ruleSetSetting = "verdicts.ruleSet"
    /// Items read per query when recomputing, so memory stays flat however many items there are.
    static let pageSize = 1000
    /// Verdicts remembered per distinct set of facts; the memo starts over when full so it cannot grow with the items.
    static let memoLimit = 2048

    /// Recomputes every verdict, or only those of one export's items (after a scan that changed no
    /// owner fact) when the others already come from the current rule set.
    public static func recompute(_ db: Database, now: Date = Date(), exportId: Int64? = nil) throws {
        let facts = try OwnerFacts.policyFacts(db)
        let ruleSet = RuleSet.current
        let exportId = try storedRuleSet(db) == ruleSet.version ? exportId : nil
        let statement = try db.cachedStatement(sql: """
            UPDATE item SET aiTraining = ?, aiRule = ?, aiReason = ?, aiConfidence = ?, aiMissing = ? WHERE id = ?
            """)
        var known: [ItemFacts: Verdict] = [:]
        var page = try VerdictSubject.fetch(db, limit: pageSize, exportId: exportId)
        while let last = page.last {
            for subject in page {
                let key = subject.facts.onItsDay
                let verdict = known[key] ?? ruleSet.verdict(for: key, facts: facts, now: now)
                if known.count == memoLimit { known.removeAll(keepingCapacity: true) }
                known[key] = verdict
                try statement.execute(arguments: [
                    verdict.kind.rawValue, verdict.ruleID, verdict.reason, verdict.confidence?.rawValue,
                    verdict.missingFacts.isEmpty ? nil : verdict.missingFacts.map(\.key).joined(separator: ";"), subject.id,
                ])
            }
            page = try VerdictSubject.fetch(db, after: last.id, limit: pageSize, exportId: exportId)
        }
        guard exportId == nil else { return }
        try db.execute(
            sql: "INSERT OR REPLACE INTO setting (name, value) VALUES (?, ?)", arguments: [ruleSetSetting, ruleSet.version])
    }

    /// The rule set every stored verdict came from, as the last full recompute recorded it.
    private static func storedRuleSet(_ db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT value FROM setting WHERE name = ?", arguments: [ruleSetSetting])
    }

    /// Recomputes only when the stored verdicts came from another rule set, as after an upgrade.
    public static func refreshIfStale(_ database: ExposureDatabase) throws {
        let stored = try database.read(storedRuleSet)
        let pending = try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM item WHERE aiTraining IS NULL") ?? 0 }
        guard stored != RuleSet.current.version || pending > 0 else { return }
        try database.write { db in try recompute(db) }
    }

    /// The full evaluation of one item, for `exposure explain`.
    public static func evaluation(ofItem id: Int64, _ db: Database, now: Date = Date()) throws -> Evaluation? {
        guard let subject = try VerdictSubject.fetch(db, itemId: id).first else { return nil }
        return RuleSet.current.evaluate(subject.facts, facts: try OwnerFacts.policyFacts(db), now: now)
    }

    /// Missing facts that would settle the most unknown items, most first, with the command that sets each.
    static func missingFacts(_ groups: ItemGroups) -> [MissingFactLine] {
        var counts: [String: Int] = [:]
        for (keys, items) in groups.unknownItemsByMissingFacts {
            for key in keys.split(separator: ";") { counts[String(key), default: 0] += items }
        }
        return counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { key, count in
            MissingFactLine(fact: MissingFactWords.description(key), unknownItems: count, command: MissingFactWords.command(key))
        }
    }
}

/// What a missing fact is called and how the user supplies it.
enum MissingFactWords {
    static func description(_ key: String) -> String {
        switch key {
        case "region": return "your region is not set"
        case "age": return "your age is not known"
        case "objection.facebook": return "it is not known whether you objected on Facebook"
        case "objection.instagram": return "it is not known whether you objected on Instagram"
        case "visibility": return "the export does not say who could see them"
        case "public_until": return "it is not known when they stopped being public"
        case "posted_at": return "the export does not say when they were posted"
        case "account_privacy": return "it is not known whether the Instagram account is private"
        default: return "\(key) is not known"
        }
    }

    static func command(_ key: String) -> String {
        switch key {
        case "region": return "exposure facts set --region eu|uk|br|ch|row"
        case "age": return "exposure facts set --born YYYY-MM-DD (or --adult / --minor)"
        case "objection.facebook": return "exposure facts set --objected facebook:YYYY-MM-DD (or --not-objected facebook)"
        case "objection.instagram": return "exposure facts set --objected instagram:YYYY-MM-DD (or --not-objected instagram)"
        case "visibility", "public_until": return "exposure review (a few questions: an album, a year of posts, …)"
        default: return "exposure explain ITEM shows what decides it"
        }
    }
}

extension ReportInputs {
    /// The verdict-related inputs of a report: the rule set's date and the facts still missing.
    public static func current(_ db: Database, generatedAt: Date = Date()) throws -> ReportInputs {
        current(try ItemGroups(db), generatedAt: generatedAt)
    }

    static func current(_ groups: ItemGroups, generatedAt: Date) -> ReportInputs {
        ReportInputs(
            ruleSetDate: RuleSet.current.version, missingFacts: Verdicts.missingFacts(groups),
            generatedAt: Instant.text(generatedAt))
    }
}

extension ItemFacts {
    /// The same facts with the posting time moved to the start of its UTC day: the rules compare
    /// days, so items that differ only within a day share one evaluation.
    var onItsDay: ItemFacts {
        var copy = self
        copy.postedAt = postedAt.map { Date(timeIntervalSince1970: ($0.timeIntervalSince1970 / 86_400).rounded(.down) * 86_400) }
        return copy
    }
}
