import Foundation
import GRDB

/// Turns the items whose audience is unknown into the fewest questions a person can answer
/// truthfully, most worth answering first.
///
/// Each item starts in the question for its place: an album you made as one question, Facebook
/// posts a year at a time (the post composer keeps the last audience chosen, so a year of posts
/// tends to share one), every other place as a whole. A question answered "mixed" is asked again
/// for each year, and a year for each month; a month answered "mixed" is left to the person.
public enum Questions {
    /// The open questions, most worth answering first.
    public static func open(_ db: Database) throws -> [Question] {
        let split = try Set(String.fetchAll(db, sql: "SELECT question FROM reviewSplit"))
        var questions: [QuestionScope: Question] = [:]
        try ReviewItem.forEach(db) { item in
            guard let scope = leaf(for: item, split: split) else { return }
            questions[scope, default: Question(scope: scope)].add(item)
        }
        return questions.values.sorted(by: ranked)
    }

    /// The question `item` belongs to, after every split the person asked for; nil when even its
    /// smallest question was answered "mixed".
    static func leaf(for item: ReviewItem, split: Set<String>) -> QuestionScope? {
        var scope = QuestionScope(
            platform: item.platform, place: item.place, album: item.place == .albums ? item.album : nil, period: .all)
        if item.platform == .facebook, item.place == .posts { scope = scope.narrowed(to: item) ?? scope }
        while !split.isEmpty, split.contains(scope.key) {
            guard let narrower = scope.narrowed(to: item) else { return nil }
            scope = narrower
        }
        return scope
    }

    /// Most weight first; ties by the number of items, then by key, so the order is always the same.
    private static func ranked(_ a: Question, _ b: Question) -> Bool {
        (b.weight, b.items, a.scope.key) < (a.weight, a.items, b.scope.key)
    }

    /// Records that the question's items had more than one audience, so it is asked again in parts.
    public static func markMixed(_ scope: QuestionScope, _ db: Database) throws {
        try db.execute(
            sql: "INSERT OR IGNORE INTO reviewSplit (question, createdAt) VALUES (?, ?)",
            arguments: [scope.key, Instant.text(Date())])
    }

    /// Stores the person's answer for the question's items as a visibility override, as
    /// `exposure visibility set` would, and brings the verdicts up to date; returns the items changed.
    public static func answer(_ scope: QuestionScope, _ visibility: Visibility, _ db: Database) throws -> Int {
        let changed = try VisibilityOverrides.add(visibility, sincePosting: true, filter: scope.filter, db)
        try Verdicts.recompute(db)
        return changed
    }
}

extension Questions {
    /// How many items' audience is still unknown.
    public static func unknownItems(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM item WHERE visibility = 'unknown'") ?? 0
    }

    /// Marks the open question `key` as mixed; false when no open question has that key.
    public static func markMixed(key: String, _ db: Database) throws -> Bool {
        guard let question = try open(db).first(where: { $0.scope.key == key }) else { return false }
        try markMixed(question.scope, db)
        return true
    }
}
