import Foundation

extension FactLine {
    /// The facts of one evaluation as the explanation lists them.
    static func lines(_ item: ItemFacts, _ facts: PolicyFacts) -> [FactLine] {
        ownerLines(facts, platform: item.platform) + itemLines(item)
    }

    private static func ownerLines(_ facts: PolicyFacts, platform: Platform) -> [FactLine] {
        let objection = facts.objections[platform]
        return [
            FactLine(name: "region", value: facts.region?.value.rawValue ?? "not set", origin: facts.region?.origin.rawValue),
            FactLine(name: "age", value: facts.age.map { describe($0.value) } ?? "not set", origin: facts.age?.origin.rawValue),
            FactLine(name: "objection on \(platform.displayName)", value: objection.map { describe($0.value) } ?? "not set",
                     origin: objection?.origin.rawValue),
        ]
    }

    private static func itemLines(_ item: ItemFacts) -> [FactLine] {
        let seen = item.visibilitySource.rawValue
        var lines = [
            FactLine(name: "platform", value: item.platform.rawValue, origin: "export"),
            FactLine(name: "found as", value: item.kinds.sorted().map(\.rawValue).joined(separator: ", "), origin: "export"),
            FactLine(name: "posted", value: item.postedAt.map { $0.formatted(.iso8601) } ?? "not in the export", origin: "export"),
            FactLine(name: "visibility now", value: item.visibility.rawValue, origin: seen),
            FactLine(name: "public since posting", value: item.wasPublic.rawValue, origin: seen),
        ]
        if let until = item.publicUntil { lines.append(FactLine(name: "public until", value: until.formatted(.iso8601), origin: seen)) }
        if item.platform == .instagram {
            let account = item.accountPrivate.map { $0 ? "private" : "public" } ?? "not known"
            lines.append(FactLine(name: "Instagram account", value: account, origin: "export"))
        }
        if item.content != .media { lines.append(FactLine(name: "content", value: describe(item.content), origin: "export")) }
        if item.author == .other { lines.append(FactLine(name: "posted by", value: "someone else", origin: "export")) }
        return lines
    }

    private static func describe(_ age: AgeFact) -> String {
        switch age {
        case .birthDate(let day): "born \(day)"
        case .adult: "18 or over on every content date"
        case .minor: "under 18"
        }
    }

    private static func describe(_ objection: Objection) -> String {
        switch objection {
        case .notObjected: "did not object"
        case .objected(let day): "objected on \(day)"
        }
    }

    private static func describe(_ content: ContentKind) -> String {
        switch content {
        case .media: "media"
        case .comment: "media in a comment"
        case .directMessage: "media in a private message"
        case .metaAIInteraction: "sent to Meta AI"
        case .datingProfile: "a Facebook Dating photo"
        case .cameraRoll(let used): "camera-roll media" + (used.map { $0 ? ", edited with Meta AI or shared" : ", not edited or shared" } ?? "")
        case .exifMetadata: "metadata kept by Meta (EXIF, location, upload IP)"
        }
    }
}
