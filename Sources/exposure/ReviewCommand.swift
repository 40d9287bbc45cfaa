import ArgumentParser
import ExposureKit
import Foundation

/// `exposure review`: settle who could see the items the export is silent about, a question at a time.
struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Answer a few questions about who could see your items, so their verdicts can be decided.",
        discussion: """
            Groups the items whose audience is unknown into questions (an album, a year of posts, your videos, …), \
            most worth answering first. On a terminal it asks them one at a time and saves each answer at once, as \
            `exposure visibility set` would. Otherwise, or with --list, it prints every open question with the \
            commands that answer it.
            """)

    /// How the open questions are printed when not asked one at a time.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Flag(help: "Print every open question with its commands instead of asking.")
    var list = false

    @Option(help: ArgumentHelp("text, or json for scripts (questions as in docs/report-json-schema.md).", valueName: "format"))
    var format: Format?

    @Option(help: ArgumentHelp("Answer \"mixed\" for the open question with this key: it is asked again in smaller parts.", valueName: "key"))
    var mixed: String?

    @OptionGroup var database: DatabaseOption

    func run() throws {
        try reportingErrors {
            let db = try database.open(create: false)
            try Verdicts.refreshIfStale(db)
            if let mixed { return try markMixed(mixed, db) }
            let interactive = !list && format == nil && isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
            if interactive { return try ask(db) }
            if format == .json { return writeOut(try db.read { db in try ReviewJSON.text(db, database: database.path) }) }
            let (questions, unknown) = try db.read { db in
                (try QuestionSummary.fetchAll(db, database: database.path), try Questions.unknownItems(db))
            }
            writeOut(ReviewText.list(questions, unknownItems: unknown, style: .forStandardOutput()))
        }
    }

    private func markMixed(_ key: String, _ db: ExposureDatabase) throws {
        guard try db.write({ db in try Questions.markMixed(key: key, db) }) else {
            throw ValidationError("No open question has the key \(key). `exposure review --list` shows the open questions and their keys.")
        }
        writeOut("Noted: \(key) is asked again in smaller parts. `exposure review` asks them.\n")
    }

    private func ask(_ db: ExposureDatabase) throws {
        stopQuietlyOnInterrupt()
        var session = ReviewSession(database: db, style: .forStandardOutput(), readAnswer: { readLine() }, write: writeOut)
        try session.run()
    }
}

/// Said on Ctrl-C; static, since a signal handler may not allocate.
private let interruptedMessage: StaticString = "\nStopped. Every answer you gave is saved; `exposure review` goes on where you left off.\n"

/// Ctrl-C during the review: every answer is already saved, so say so and leave at once.
/// SIGINT is also unblocked: a program started by another may inherit it blocked.
private func stopQuietlyOnInterrupt() {
    var interrupt = sigset_t()
    sigemptyset(&interrupt)
    sigaddset(&interrupt, SIGINT)
    pthread_sigmask(SIG_UNBLOCK, &interrupt, nil)
    signal(SIGINT) { _ in
        _ = write(STDOUT_FILENO, interruptedMessage.utf8Start, interruptedMessage.utf8CodeUnitCount)
        _exit(130)
    }
}
