import Foundation

/// Reads whether an Instagram account is private now and when it switched, in the account's
/// language, because Instagram's visibility belongs to the account and changes over time.
enum AccountPrivacy {
    /// Fact names, as stored with the export.
    static let privateAccount = "private_account"
    static let privacySwitch = "privacy_switch"
    static let historyMissing = "privacy_history_missing"

    private static let privateAccountLabels: Set<String> = [
        "private account", "privates konto", "cuenta privada", "compte privé", "account privato",
        "privéaccount", "conta privada", "konto prywatne",
    ]
    private static let timeLabels: Set<String> = ["time", "zeit", "tijd", "hora", "heure", "ora", "czas"]
    private static let privateWords = ["private", "privat", "privé", "privad", "privato", "prywat"]
    private static let publicWords = ["public", "öffentlich", "openbaar", "públic", "pubblic", "publiczn"]

    /// "Private Account": "True"/"False" in `string_map_data`, under whichever label the language uses.
    static func currentFlag(_ map: JSONValue, file: String) -> [AccountFact] {
        guard let members = map.object else { return [] }
        for (label, entry) in members where privateAccountLabels.contains(MetaText.repair(label).lowercased()) {
            guard let value = entry["value"].text?.lowercased(), let flag = truthValue(value) else { continue }
            return [AccountFact(name: privateAccount, value: String(flag), file: file)]
        }
        return []
    }

    private static let birthDateLabels: Set<String> = [
        "date of birth", "geburtsdatum", "fecha de nacimiento", "date de naissance", "geboortedatum",
        "data di nascita", "data de nascimento", "data urodzenia",
    ]

    /// "Date of birth" when Instagram wrote it as `YYYY-MM-DD`; other spellings are not guessed at.
    static func birthDate(_ map: JSONValue, file: String) -> [AccountFact] {
        guard let members = map.object else { return [] }
        for (label, entry) in members where birthDateLabels.contains(MetaText.repair(label).lowercased()) {
            guard let value = entry["value"].text, CalendarDay(iso: value) != nil else { continue }
            return [AccountFact(name: AccountFactName.birthDate, value: value, file: file)]
        }
        return []
    }

    /// The 2018 `profile.json` boolean.
    static func legacyFlag(_ json: JSONValue, file: String) -> [AccountFact] {
        guard let flag = json["private_account"].bool else { return [] }
        return [AccountFact(name: privateAccount, value: String(flag), file: file)]
    }

    /// Each switch with its direction (`private`, `public` or `unknown`) and its time.
    static func changes(_ list: [JSONValue], file: String) -> [AccountFact] {
        list.compactMap { entry in
            guard let time = switchTime(entry) else { return nil }
            let direction = entry["title"].text.map(direction) ?? "unknown"
            return AccountFact(name: privacySwitch, value: direction, file: file, at: time)
        }
    }

    private static func switchTime(_ entry: JSONValue) -> Date? {
        let map = entry["string_map_data"].object ?? [:]
        let labelled = map.first { timeLabels.contains(MetaText.repair($0.key).lowercased()) }?.value
        let candidates = [labelled?["timestamp"], map.values.first?["timestamp"],
                          entry["string_list_data"].elements.first?["timestamp"], entry["timestamp"]]
        return candidates.lazy.compactMap { $0.flatMap(MetaTime.date) }.first
    }

    /// Which state a title such as "Account switched to private" names: the word said last wins.
    private static func direction(_ title: String) -> String {
        let lower = title.lowercased()
        func lastPosition(_ words: [String]) -> String.Index? {
            words.compactMap { lower.range(of: $0, options: .backwards)?.lowerBound }.max()
        }
        switch (lastPosition(privateWords), lastPosition(publicWords)) {
        case (let p?, let q?): return p > q ? "private" : "public"
        case (.some, nil): return "private"
        case (nil, .some): return "public"
        case (nil, nil): return "unknown"
        }
    }

    private static func truthValue(_ value: String) -> Bool? {
        if ["true", "wahr", "verdadero", "vrai", "vero", "waar", "sim", "prawda", "yes", "ja"].contains(value) {
            return true
        }
        if ["false", "falsch", "falso", "faux", "onwaar", "não", "fałsz", "no", "nein"].contains(value) {
            return false
        }
        return nil
    }
}
