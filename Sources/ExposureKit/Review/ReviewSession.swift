import GRDB

/// `exposure review` on a terminal: one question at a time, each answer saved at once, so stopping
/// anywhere keeps every answer given and the next run asks only what is still open.
public struct ReviewSession {
    let database: ExposureDatabase
    let style: TerminalStyle
    /// The next line the person typed; nil at the end of input.
    let readAnswer: () -> String?
    let write: (String) -> Void
    /// Questions skipped in this run; asked again next time.
    private var skipped: Set<String> = []
    private var answered = 0

    public init(database: ExposureDatabase, style: TerminalStyle, readAnswer: @escaping () -> String?, write: @escaping (String) -> Void) {
        self.database = database
        self.style = style
        self.readAnswer = readAnswer
        self.write = write
    }

    /// Asks until every question is answered or skipped, or the person quits.
    public mutating func run() throws {
        write(Self.introduction)
        while let (question, summary, open) = try next() {
            write("\n" + style.dim("Question \(answered + 1) · \(open) open · \(Count.text(try unknownItems())) items still unknown") + "\n")
            write(ReviewText.question(summary, style: style).joined(separator: "\n") + "\n")
            guard try ask(question) else { return write(farewell(try unknownItems())) }
        }
        let unknown = try unknownItems()
        write("\n" + (skipped.isEmpty ? ReviewText.noQuestions(unknown) : "You skipped \(skipped.count) question\(skipped.count == 1 ? "" : "s"); `exposure review` asks them again.") + "\n")
    }

    static let introduction = """
        Who could see your photos and videos? The export does not say, and Meta's AI-training rules depend on it.
        Each answer is saved at once and stays across rescans; q or Ctrl-C stops, and `exposure review` goes on later.
        Answer for the time since the items were posted. Friends of friends: answer s (skip); Meta has not said whether it counts as public.

        """

    private static let prompt = "Who could see them?  [p] public  [f] friends or narrower  [o] only me  [m] mixed  [s] skip  [i] show the items  [q] quit\n> "

    /// The first open question not skipped in this run, as shown, with how many are open.
    private func next() throws -> (Question, QuestionSummary, Int)? {
        try database.read { db in
            let questions = try Questions.open(db)
            guard let question = questions.first(where: { !skipped.contains($0.scope.key) }) else { return nil }
            return (question, QuestionSummary(question, context: try ReviewContext(db), database: nil), questions.count)
        }
    }

    /// Reads answers until one moves on; false when the person quits.
    private mutating func ask(_ question: Question) throws -> Bool {
        while true {
            write(Self.prompt)
            guard let line = readAnswer() else { return false }
            switch line.trimmingCharacters(in: .whitespaces).lowercased().first {
            case "p": return try save(question, .public)
            case "f", "o": return try save(question, .private)
            case "m": return try split(question)
            case "s":
                skipped.insert(question.scope.key)
                return true
            case "i": write(try itemList(question))
            case "q": return false
            default: write("Type one of the letters in brackets, then Enter.\n")
            }
        }
    }

    private mutating func save(_ question: Question, _ visibility: Visibility) throws -> Bool {
        let changed = try database.write { db in try Questions.answer(question.scope, visibility, db) }
        answered += 1
        let words = visibility == .public ? "public" : "not public (friends or narrower)"
        write(style.green("Saved:") + " \(Count.text(changed)) item\(changed == 1 ? "" : "s") \(words) since posting.\n")
        return true
    }

    private mutating func split(_ question: Question) throws -> Bool {
        let scope = question.scope
        try database.write { db in try Questions.markMixed(scope, db) }
        write(scope.period == .all || scope.period.isYear
            ? "Noted: asked again in smaller parts.\n"
            : "Noted: a month is the smallest part; set these one by one with `exposure visibility set … --path GLOB`.\n")
        return true
    }

    private func itemList(_ question: Question) throws -> String {
        let shown = 20
        let ids = question.itemIds.prefix(shown).map(String.init).joined(separator: ",")
        let rows = try database.read { db in
            try ItemRecord.fetchAll(db, sql: "SELECT * FROM item WHERE id IN (\(ids)) ORDER BY archivePath")
        }
        var lines = rows.map { item in
            let gives = item.giveaways.map(\.words).joined(separator: ", ")
            return "  " + [item.postedAt.map { String($0.prefix(10)) } ?? "no date", item.archivePath.terminalSafe,
                           item.caption.map { "\u{201C}\($0.prefix(50).description.terminalSafe)\u{201D}" } ?? "",
                           gives.isEmpty ? "" : "gives away: \(gives)"].filter { !$0.isEmpty }.joined(separator: "  ")
        }
        if question.items > shown { lines.append("  … and \(Count.text(question.items - shown)) more (exposure export --csv lists every item)") }
        return lines.joined(separator: "\n") + "\n"
    }

    private func unknownItems() throws -> Int {
        try database.read(Questions.unknownItems)
    }

    private func farewell(_ unknown: Int) -> String {
        "\nStopped. \(answered) answer\(answered == 1 ? "" : "s") saved this time; \(Count.text(unknown)) items still unknown. "
            + "`exposure review` goes on where you left off.\n"
    }
}

extension QuestionScope.Period {
    var isYear: Bool {
        if case .year = self { return true }
        return false
    }
}

extension Giveaway {
    /// The words for it in a list of what an item gives away.
    var words: String {
        switch self {
        case .location: "location"
        case .uploadIP: "upload IP"
        case .cameraSerial: "camera serial"
        }
    }
}
