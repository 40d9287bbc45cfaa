import GRDB

/// What the export says about the account that bears on an answer without giving it.
struct ReviewContext {
    /// Facebook's "Who can see your future posts?" when the export was made.
    var defaultAudience: String?

    init(_ db: Database) throws {
        defaultAudience = try String.fetchOne(
            db, sql: "SELECT value FROM accountFact WHERE name = ? ORDER BY id DESC LIMIT 1",
            arguments: [AccountFactName.defaultAudience])
    }

    /// The notes for one question: the default audience is shown as context, never taken as the answer.
    func notes(for question: Question) -> [String] {
        guard question.scope.platform == .facebook, [.posts, .uncategorized, .videos, .reels].contains(question.scope.place) else {
            return []
        }
        var notes: [String] = []
        if let defaultAudience {
            notes.append("When the export was made, your default audience for new posts was \u{201C}\(defaultAudience)\u{201D}. "
                + "That is the setting for future posts, not the audience these had.")
        }
        if let first = question.firstPosted, first < "2014-05-22" {
            notes.append("Until 22 May 2014 Facebook set most people's posts to Public by default.")
        }
        return notes
    }

    /// The sources of those notes.
    func sources(for question: Question) -> [PolicySource] {
        let notes = notes(for: question)
        var ids: [String] = []
        if defaultAudience != nil, !notes.isEmpty { ids.append("A4") }
        if notes.contains(where: { $0.hasPrefix("Until 22 May 2014") }) { ids.append("A6") }
        return ids.map(PolicySource.audience)
    }
}
