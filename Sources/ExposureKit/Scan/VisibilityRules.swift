import Foundation

/// What the platform's own rules settle about who can see an item, before any user override.
enum VisibilityRules {
    /// Facebook exports no per-item audience: only profile pictures, cover photos and a Page's posts are
    /// known to be public (A20); chats with Meta AI are private, and so are Dating photos (seen only by
    /// Dating's users) and the yearly top-moments recap (shown only to the owner), which were never public.
    static func facebook(_ item: inout ScannedItem, facts: [AccountFact]) {
        let kinds = item.kinds
        let pageExport = facts.contains { $0.name == AccountFactName.pageExport }
        if kinds.contains(.profilePicture) || kinds.contains(.coverPhoto) || (pageExport && kinds.contains(.pagePost)) {
            item.visibility = .public
            item.visibilitySource = .platformRule
        } else if kinds == [.metaAI] {
            item.visibility = .private
            item.visibilitySource = .platformRule
        } else if !kinds.isEmpty, kinds.allSatisfy({ $0 == .dating || $0 == .topMoments }) {
            (item.visibility, item.visibilitySource, item.wasPublic) = (.private, .platformRule, .no)
        } else {
            item.visibility = .unknown
            item.visibilitySource = .none
        }
    }
}

extension VisibilityRules {
    /// Instagram's visibility belongs to the account: its setting now, and its history of switches for
    /// whether an item was ever public since it was posted.
    static func instagram(_ item: inout ScannedItem, facts: [AccountFact]) {
        let account = InstagramAccount(facts: facts)
        let kinds = item.kinds
        if kinds.contains(.unreferenced) || kinds == [.threads] || kinds == [.comment] {
            // Whether a private Instagram account makes Threads private is not established (media-sources.md §4);
            // a comment has the audience of the post it is on.
            (item.visibility, item.visibilitySource, item.wasPublic) = (.unknown, .none, .unknown)
        } else if kinds == [.metaAI] {
            (item.visibility, item.visibilitySource, item.wasPublic) = (.private, .platformRule, .no)
        } else if kinds.contains(.profilePicture) {
            (item.visibility, item.visibilitySource, item.wasPublic) = (.public, .platformRule, .yes)
        } else {
            item.wasPublic = account.wasPublic(since: item.postedAt)
            item.publicUntil = account.publicUntil(since: item.postedAt)
            if kinds.allSatisfy({ $0 == .archived || $0 == .deleted }) {
                (item.visibility, item.visibilitySource) = (.private, .platformRule)
            } else if let isPrivate = account.isPrivateNow {
                (item.visibility, item.visibilitySource) = (isPrivate ? .private : .public, .accountSetting)
            } else {
                (item.visibility, item.visibilitySource) = (.unknown, .none)
            }
        }
    }
}

/// An Instagram account's privacy now and its switches, replayed to tell whether it was public at
/// any moment of a span.
struct InstagramAccount {
    let isPrivateNow: Bool?
    /// Switches sorted by time; nil when the export has no history file.
    let switches: [(at: Date, to: String)]?

    init(facts: [AccountFact]) {
        isPrivateNow = facts.last { $0.name == AccountPrivacy.privateAccount }.map { $0.value == "true" }
        let hasHistory = !facts.contains { $0.name == AccountPrivacy.historyMissing }
        switches = hasHistory
            ? facts.filter { $0.name == AccountPrivacy.privacySwitch }.compactMap { fact in fact.at.map { ($0, fact.value) } }
                .sorted { $0.at < $1.at }
            : nil
    }

    /// When a private account last switched to private after `posted`: the end of the item's public time.
    func publicUntil(since posted: Date?) -> Date? {
        guard isPrivateNow == true, let switches, let posted, wasPublic(since: posted) == .yes else { return nil }
        return switches.last { $0.to == "private" && $0.at > posted }?.at
    }

    /// `yes` when the account was public at some moment from `posted` until now.
    func wasPublic(since posted: Date?) -> WasPublic {
        if isPrivateNow == false { return .yes }
        guard isPrivateNow == true, let switches, let posted else { return .unknown }
        let later = switches.filter { $0.at > posted }
        if later.contains(where: { $0.to == "unknown" }) { return .unknown }
        if !later.isEmpty { return .yes }
        guard let before = switches.last(where: { $0.at <= posted }) else { return .no }
        switch before.to {
        case "public": return .yes
        case "private": return .no
        default: return .unknown
        }
    }
}
