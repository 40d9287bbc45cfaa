/// Where the user lives as far as Meta is concerned, because Meta's training started on different
/// dates, and with different opt-outs, in each of these regions.
public enum Region: String, Sendable, Codable, CaseIterable {
    /// EU and EEA: training from 2025-05-27, objection possible.
    case eu
    /// United Kingdom: training announced 2024-09-13, objection possible.
    case uk
    /// Brazil: suspended in 2024, allowed again with an objection right.
    case br
    /// Switzerland: no statement found.
    case ch
    /// Rest of the world (US, Australia, South Korea and others): no opt-out.
    case row
}

/// Where a fact came from, so a verdict can show whether it rests on the export or on the user's word.
public enum FactOrigin: String, Sendable, Codable {
    case export, user
}

/// A fact with its origin, because `exposure explain` shows both.
public struct PolicyFact<Value: Sendable & Equatable>: Sendable, Equatable {
    public var value: Value
    public var origin: FactOrigin

    /// Facts are always stored with where they came from, so there is no way to make one without.
    public init(_ value: Value, origin: FactOrigin) {
        self.value = value
        self.origin = origin
    }
}

/// The owner's age as far as it is known, because Meta excludes under-18 accounts and could not say
/// what happens to content posted while under 18.
public enum AgeFact: Sendable, Equatable {
    /// The birth date, which settles the age now and on every content date.
    case birthDate(CalendarDay)
    /// The user states they were 18 or over on every content date (and so are now).
    case adult
    /// The user states they are under 18 now.
    case minor
}

/// Whether the owner objected to AI training on one platform, because an objection only works from its date on.
public enum Objection: Sendable, Equatable {
    case notObjected
    /// The day on Meta's confirmation of the objection.
    case objected(on: CalendarDay)
}

/// The facts about the owner of a database that the rules need and an export rarely holds.
public struct PolicyFacts: Sendable, Equatable {
    public var region: PolicyFact<Region>?
    public var age: PolicyFact<AgeFact>?
    /// One objection per platform; an objection made while accounts were linked in Accounts Center
    /// counts for each linked platform and is entered for each.
    public var objections: [Platform: PolicyFact<Objection>]

    /// Every fact may be missing: a fresh database knows none of them.
    public init(
        region: PolicyFact<Region>? = nil, age: PolicyFact<AgeFact>? = nil,
        objections: [Platform: PolicyFact<Objection>] = [:]
    ) {
        self.region = region
        self.age = age
        self.objections = objections
    }
}
