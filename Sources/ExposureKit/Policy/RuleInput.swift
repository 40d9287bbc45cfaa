import Foundation

/// Who could see an item as the visibility rules read it.
enum Audience {
    case publicNow, neverPublic, formerlyPublic, unknown
}

/// The facts one rule looks at, including what earlier adjustment rules (K1–K8) rewrote.
struct RuleInput: Sendable {
    let item: ItemFacts
    let facts: PolicyFacts
    let now: Date
    /// The UTC day of posting, worked out once because many rules compare it.
    let postedDay: CalendarDay?
    var visibility: Visibility
    var wasPublic: WasPublic
    var publicUntil: Date?
    /// The earliest moment the item can have stopped being public.
    var publicAtLeastUntil: Date?
    var confidenceCap = Confidence.high

    init(item: ItemFacts, facts: PolicyFacts, now: Date) {
        (self.item, self.facts, self.now) = (item, facts, now)
        postedDay = item.postedAt.map(CalendarDay.init(utc:))
        visibility = item.visibility
        wasPublic = item.visibility == .public ? .yes : item.wasPublic
        publicUntil = item.publicUntil
        publicAtLeastUntil = item.postedAt
    }

    var region: Region? { facts.region?.value }
    var age: AgeFact? { facts.age?.value }
    var objection: Objection? { facts.objections[item.platform]?.value }
    var isOwn: Bool { item.author == .owner }

    var audience: Audience {
        if visibility == .public { return .publicNow }
        if wasPublic == .no { return .neverPublic }
        if visibility == .private && wasPublic == .yes { return .formerlyPublic }
        return .unknown
    }

    /// Whether the owner is under 18 today; nil when the age is not set.
    var isMinorNow: Bool? {
        switch age {
        case .minor: true
        case .adult: false
        case .birthDate(let born): !born.isEighteen(on: CalendarDay(utc: now))
        case nil: nil
        }
    }
}
