import Foundation
import GRDB

/// The facts about the person behind the exports that the AI-training rules need (region, age,
/// objections), read from the exports where they hold them and set by the user where they do not.
public enum OwnerFacts {
    static let regionName = "region"
    static let ageName = "age"
    static func objectionName(_ platform: Platform) -> String { "objection.\(platform.rawValue)" }

    /// A change the user asks for with `exposure facts set`.
    public struct Change: Sendable {
        public var region: Region?
        public var born: CalendarDay?
        public var adult = false
        public var minor = false
        public var objections: [(Platform, CalendarDay)] = []
        public var notObjected: [Platform] = []

        public init() {}
    }

    /// Records the user's facts, which outrank anything read from an export.
    public static func set(_ change: Change, _ db: Database) throws {
        let detail = "set on " + Instant.text(Date())
        func save(_ name: String, _ value: String) throws {
            try FactRecord(name: name, value: value, origin: FactOrigin.user.rawValue, detail: detail).save(db)
        }
        if let region = change.region { try save(regionName, region.rawValue) }
        if let born = change.born { try save(ageName, "born \(born)") }
        if change.adult { try save(ageName, "adult") }
        if change.minor { try save(ageName, "minor") }
        for (platform, day) in change.objections { try save(objectionName(platform), day.description) }
        for platform in change.notObjected { try save(objectionName(platform), "none") }
    }

    /// Takes the birthday an export holds, unless the user has said otherwise.
    static func adopt(_ accountFacts: [AccountFact], exportName: String, _ db: Database) throws {
        guard let birthday = accountFacts.first(where: { $0.name == AccountFactName.birthDate }),
              try FactRecord.fetchOne(db, key: ageName)?.origin != FactOrigin.user.rawValue
        else { return }
        try FactRecord(
            name: ageName, value: "born \(birthday.value)", origin: FactOrigin.export.rawValue,
            detail: "\(exportName): \(birthday.file)"
        ).save(db)
    }

    /// Every fact, for `exposure facts show`.
    public static func all(_ db: Database) throws -> [FactRecord] {
        try FactRecord.order(Column("name")).fetchAll(db)
    }

    /// The facts in the form the rules read.
    public static func policyFacts(_ db: Database) throws -> PolicyFacts {
        var facts = PolicyFacts()
        for record in try FactRecord.fetchAll(db) {
            let origin = FactOrigin(rawValue: record.origin) ?? .user
            switch record.name {
            case regionName: facts.region = Region(rawValue: record.value).map { PolicyFact($0, origin: origin) }
            case ageName: facts.age = ageFact(record.value).map { PolicyFact($0, origin: origin) }
            default:
                guard let platform = Platform.allCases.first(where: { record.name == objectionName($0) }) else { continue }
                let value: Objection? = record.value == "none" ? .notObjected : CalendarDay(iso: record.value).map { .objected(on: $0) }
                facts.objections[platform] = value.map { PolicyFact($0, origin: origin) }
            }
        }
        return facts
    }

    private static func ageFact(_ value: String) -> AgeFact? {
        switch value {
        case "adult": return .adult
        case "minor": return .minor
        default: return value.hasPrefix("born ") ? CalendarDay(iso: String(value.dropFirst(5))).map(AgeFact.birthDate) : nil
        }
    }
}
