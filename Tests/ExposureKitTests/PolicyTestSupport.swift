import Foundation
import Testing
@testable import ExposureKit

/// Shared builders so each policy test states only the facts it is about.
enum P {
    /// The day the tests run "on"; only age from a birth date depends on it.
    static let now = instant("2026-11-27T12:00:00Z")

    /// An ISO 8601 instant; a bare day means noon UTC on that day.
    static func instant(_ text: String) -> Date {
        let full = text.count == 10 ? text + "T12:00:00Z" : text
        return try! Date(full, strategy: .iso8601)
    }

    static func day(_ text: String) -> CalendarDay {
        CalendarDay(iso: text)!
    }

    /// An owner whose facts the user set; the objection, when given, is the same on both platforms.
    static func owner(region: Region? = .row, age: AgeFact? = .adult, objection: Objection? = .notObjected) -> PolicyFacts {
        let objections = objection.map { value in
            Dictionary(uniqueKeysWithValues: Platform.allCases.map { ($0, PolicyFact(value, origin: .user)) })
        } ?? [:]
        return PolicyFacts(region: region.map { PolicyFact($0, origin: .user) }, age: age.map { PolicyFact($0, origin: .user) },
                           objections: objections)
    }

    static func objected(_ text: String) -> Objection {
        .objected(on: day(text))
    }

    /// A post that is public now, as Instagram's account setting tells.
    static func publicPost(_ platform: Platform = .instagram, posted: String, kinds: Set<SourceKind> = [.post]) -> ItemFacts {
        ItemFacts(platform: platform, kinds: kinds, postedAt: instant(posted), visibility: .public,
                  visibilitySource: .accountSetting, wasPublic: .yes, accountPrivate: false)
    }

    /// A post that was public and is not any more, with the moment it stopped when known.
    static func formerlyPublic(_ platform: Platform = .facebook, posted: String, until: String?) -> ItemFacts {
        ItemFacts(platform: platform, kinds: [.post], postedAt: instant(posted), visibility: .private,
                  visibilitySource: .user, wasPublic: .yes, publicUntil: until.map(instant))
    }

    /// A post only friends (or nobody) ever saw.
    static func neverPublic(_ platform: Platform = .facebook, posted: String) -> ItemFacts {
        ItemFacts(platform: platform, kinds: [.post], postedAt: instant(posted), visibility: .private,
                  visibilitySource: .user, wasPublic: .no)
    }

    static func evaluate(_ item: ItemFacts, _ facts: PolicyFacts, now: Date = now) -> Evaluation {
        RuleSet.current.evaluate(item, facts: facts, now: now)
    }

    /// The verdict as recomputing stores it, which must be the verdict of the full evaluation.
    static func verdict(_ item: ItemFacts, _ facts: PolicyFacts, now: Date = now) -> Verdict {
        let verdict = RuleSet.current.verdict(for: item, facts: facts, now: now)
        #expect(verdict == evaluate(item, facts, now: now).verdict)
        return verdict
    }
}
