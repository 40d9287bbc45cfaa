import Foundation
import Testing
@testable import ExposureKit

/// Whether an Instagram item was ever public follows from replaying the account's privacy switches.
struct InstagramAccountTests {
    private let day: TimeInterval = 86_400
    private let switchDate = Date(timeIntervalSince1970: 1_709_251_200)  // 2024-03-01

    private func account(privateNow: Bool?, switches: [(Date, String)]?) -> InstagramAccount {
        var facts: [AccountFact] = []
        if let privateNow { facts.append(AccountFact(name: AccountPrivacy.privateAccount, value: String(privateNow), file: "p")) }
        if let switches {
            facts += switches.map { AccountFact(name: AccountPrivacy.privacySwitch, value: $0.1, file: "h", at: $0.0) }
        } else {
            facts.append(AccountFact(name: AccountPrivacy.historyMissing, value: "true", file: ""))
        }
        return InstagramAccount(facts: facts)
    }

    @Test func aPublicAccountMakesEveryItemPublicSincePosting() {
        #expect(account(privateNow: false, switches: nil).wasPublic(since: switchDate) == .yes)
    }

    @Test func postedBeforeTheSwitchToPrivateWasPublic() {
        let history = account(privateNow: true, switches: [(switchDate, "private")])
        #expect(history.wasPublic(since: switchDate - day) == .yes)
    }

    @Test func postedAfterTheSwitchToPrivateNeverWas() {
        let history = account(privateNow: true, switches: [(switchDate, "private")])
        #expect(history.wasPublic(since: switchDate + day) == .no)
    }

    @Test func aPrivateAccountWithoutHistoryCannotTell() {
        #expect(account(privateNow: true, switches: nil).wasPublic(since: switchDate) == .unknown)
    }

    @Test func anItemWithoutPostingDateCannotTell() {
        #expect(account(privateNow: true, switches: [(switchDate, "private")]).wasPublic(since: nil) == .unknown)
    }

    @Test func aPublicSpellBetweenTwoPrivateSpellsCounts() {
        let history = account(privateNow: true, switches: [(switchDate, "public"), (switchDate + 10 * day, "private")])
        #expect(history.wasPublic(since: switchDate - day) == .yes)
        #expect(history.wasPublic(since: switchDate + 11 * day) == .no)
    }

    @Test func readsGermanLabelsAndTitles() {
        let map: JSONValue = .object(["Privates Konto": .object(["value": .string("True")])])
        #expect(AccountPrivacy.currentFlag(map, file: "f").first?.value == "true")
        let change: JSONValue = .object([
            "title": .string("Konto auf privat umgestellt"),
            "string_map_data": .object(["Zeit": .object(["timestamp": .number(1_709_251_200)])]),
        ])
        let facts = AccountPrivacy.changes([change], file: "f")
        #expect(facts.first?.value == "private")
        #expect(facts.first?.at == switchDate)
    }
}
