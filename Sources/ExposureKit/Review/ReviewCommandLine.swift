/// The commands that answer a question, as a person can type them in a shell.
public enum ReviewCommandLine {
    /// `exposure visibility set …` with exactly the question's filter.
    static func answer(_ scope: QuestionScope, _ visibility: Visibility, database: String?) -> String {
        let filter = scope.filter
        var words = ["exposure", "visibility", "set", visibility.rawValue, "--always"]
        words += ["--platform", scope.platform.rawValue, "--in", scope.place.rawValue]
        if let album = filter.album { words += ["--album", album] }
        if let after = filter.after { words += ["--after", after.description] }
        if let before = filter.before { words += ["--before", before.description] }
        if filter.undated { words.append("--undated") }
        if filter.unanswered { words.append("--unanswered") }
        return line(words, database: database)
    }

    /// `exposure review --mixed KEY`: the question is asked again in smaller parts.
    static func mixed(_ scope: QuestionScope, database: String?) -> String {
        line(["exposure", "review", "--mixed", scope.key], database: database)
    }

    private static func line(_ words: [String], database: String?) -> String {
        (words + (database.map { ["--db", $0] } ?? [])).map(quoted).joined(separator: " ")
    }

    /// A word as a POSIX shell reads it back unchanged: bare when safe, else in single quotes.
    static func quoted(_ word: String) -> String {
        let safe = word.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || "0123456789-_./:=@,+%".unicodeScalars.contains($0)) }
        if safe, !word.isEmpty { return word }
        return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
