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

    /// The notes for one question, each with the id of its source: the default audience is shown as
    /// context, never taken as the answer.
    func notes(for question: Question) -> [(text: String, source: String)] {
        guard question.scope.platform == .facebook, [.posts, .uncategorized, .videos, .reels].contains(question.scope.place) else {
            return []
        }
        var notes: [(text: String, source: String)] = []
        if let defaultAudience {
            notes.append(("When the export was made, your default audience for new posts was \u{201C}\(defaultAudience)\u{201D}. "
                + "That is the setting for future posts, not the audience these had.", "A4"))
        }
        if let first = question.firstPosted, first < "2014-05-22" {
            notes.append(("Until 22 May 2014 Facebook set most people's posts to Public by default.", "A6"))
        }
        return notes
    }
}
