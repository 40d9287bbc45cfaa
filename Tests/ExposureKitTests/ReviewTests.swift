import Foundation
import Testing

/// `exposure review` as a person uses it: on a terminal, answering with keystrokes, stopping with
/// Ctrl-C, and without a terminal, running the printed commands.
@Suite(.serialized)
struct ReviewTests {
    private let facebook = Paths.fixture("facebook/2024-root-folder/facebook-jdoe-2024-11-18-Ab12Cd34.zip")

    /// A database with the Facebook fixture scanned and the facts that leave only the audience missing.
    private func prepared() throws -> String {
        let db = Paths.temporaryFolder().appendingPathComponent("review.sqlite").path
        for arguments in [["scan", "--quiet", facebook], ["facts", "set", "--region", "row", "--adult"]] {
            let outcome = try CLI.run(arguments + ["--db", db])
            #expect(outcome.status == 0, "\(arguments): \(outcome.stderr)")
        }
        return db
    }

    private func rows(_ db: String) throws -> [[String: String]] {
        CSVTable(try CLI.run(["export", "--csv", "-", "--db", db]).stdout).records
    }

    private func questions(_ db: String) throws -> [[String: Any]] {
        let outcome = try CLI.run(["review", "--format", "json", "--db", db])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any]
        return json?["questions"] as? [[String: Any]] ?? []
    }

    /// The answer the tests give a question: public for some, friends for the others, by its title.
    private func answer(_ title: String) -> String {
        title.unicodeScalars.reduce(0) { $0 + Int($1.value) } % 2 == 0 ? "p" : "f"
    }

    /// The title of the question the screen shows last: the line after "Question N · …".
    private func title(in screen: String) -> String {
        let lines = screen.components(separatedBy: "\r\n")
        guard let index = lines.lastIndex(where: { $0.hasPrefix("Question ") }), index + 1 < lines.count else { return "" }
        return lines[index + 1]
    }

    /// Answers every question on a terminal; returns how many were asked.
    private func answerAll(_ db: String) throws -> Int {
        let terminal = try Terminal(["review", "--db", db])
        var asked = 0
        var mark = 0
        while try terminal.wait(forAny: ["[q] quit", "Nothing to ask"], since: mark) == "[q] quit" {
            let key = answer(title(in: terminal.screen))
            mark = terminal.mark
            terminal.type(key + "\n")
            try terminal.wait(for: "Saved:", since: mark)
            asked += 1
        }
        #expect(try terminal.exitStatus() == 0)
        return asked
    }

    @Test func answeringEveryQuestionOnATerminalSettlesTheAudienceAndTheCommandsDoTheSame() throws {
        guard Terminal.isAvailable else { return }
        let interactive = try prepared()
        let before = try rows(interactive)
        let unknown = Set(before.filter { $0["visibility"] == "unknown" }.map { $0["archive_path"]! })
        #expect(before.contains { $0["ai_rule"] == "R09" })
        let listed = try questions(interactive)

        #expect(try answerAll(interactive) == listed.count)
        let after = try rows(interactive)
        #expect(!after.contains { $0["ai_rule"] == "R09" })
        #expect(Set(after.filter { $0["visibility_source"] == "user" }.map { $0["archive_path"]! }) == unknown)
        #expect(!after.contains { $0["visibility"] == "unknown" })

        let again = try Terminal(["review", "--db", interactive])
        try again.wait(for: "Nothing to ask")
        #expect(try again.exitStatus() == 0)
        #expect(!again.screen.contains("[q] quit"))

        // The same answers through the commands `review` prints without a terminal.
        let scripted = try prepared()
        let folder = CLI.executable.deletingLastPathComponent().path
        for question in try questions(scripted) {
            let commands = question["commands"] as! [String: String]
            let command = answer(question["title"] as! String) == "p" ? commands["public"]! : commands["private"]!
            let shell = try runShell(command, path: folder)
            #expect(shell.status == 0, "\(command): \(shell.output)")
        }
        let byPath = { (rows: [[String: String]]) in
            Dictionary(uniqueKeysWithValues: rows.map { ($0["archive_path"]!, [$0["visibility"]!, $0["visibility_source"]!, $0["ai_training"]!]) })
        }
        #expect(byPath(try rows(scripted)) == byPath(after))
    }

    @Test func ctrlCAfterTwoAnswersKeepsThoseTwo() throws {
        guard Terminal.isAvailable else { return }
        let db = try prepared()
        let listed = try questions(db)
        try #require(listed.count > 2)
        let terminal = try Terminal(["review", "--db", db])
        try terminal.wait(for: "[q] quit")
        var mark = terminal.mark
        terminal.type("i\n")
        let firstItem = try #require((listed[0]["first_items"] as? [String])?.first)
        try terminal.wait(for: firstItem, since: mark)
        mark = 0
        for _ in 0..<2 {
            try terminal.wait(for: "[q] quit", since: mark)
            mark = terminal.mark
            terminal.type("f\n")
            try terminal.wait(for: "Saved:", since: mark)
        }
        try terminal.wait(for: "[q] quit", since: mark)
        terminal.type("\u{03}")
        #expect(try terminal.exitStatus() == 130)
        #expect(terminal.screen.contains("Every answer you gave is saved"))

        let answeredItems = listed.prefix(2).reduce(0) { $0 + ($1["items"] as! Int) }
        #expect(try rows(db).filter { $0["visibility_source"] == "user" }.count == answeredItems)
        #expect(try questions(db).map { $0["key"] as! String } == listed.dropFirst(2).map { $0["key"] as! String })
    }

    @Test func withoutATerminalItListsEveryQuestionWithItsCommands() throws {
        let db = try prepared()
        let outcome = try CLI.run(["review", "--db", db])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let listed = try questions(db)
        #expect(outcome.stdout.components(separatedBy: "Public:              exposure visibility set public").count - 1 == listed.count)
        for question in listed {
            #expect(outcome.stdout.contains((question["commands"] as! [String: String])["private"]!))
        }
        #expect(outcome.stdout.contains("facebook.com/help"), "menus are shown with their sources")
    }

    @Test func theReportNamesTheFirstQuestionsAndTheReviewCommand() throws {
        let db = try prepared()
        let report = try CLI.run(["report", "--db", db])
        let listed = try questions(db)
        #expect(report.stdout.contains("Who could see these? \(listed.count) questions"))
        for question in listed.prefix(3) { #expect(report.stdout.contains(question["title"] as! String)) }
        #expect(!report.stdout.contains(listed[3]["title"] as! String))
        #expect(report.stdout.contains("Answer them with: exposure review"))
        #expect(report.stdout.contains("who could see them: exposure review"))
    }

    @Test func mixedAsksAgainByMonthAndThenLeavesTheItemsToThePerson() throws {
        let db = try prepared()
        let posts = try #require(try questions(db).first { $0["key"] as? String == "facebook/posts/2024" })
        #expect(try CLI.run(["review", "--mixed", "facebook/posts/2024", "--db", db]).status == 0)
        let months = try questions(db).filter { ($0["key"] as! String).hasPrefix("facebook/posts/2024-") }
        #expect(months.count > 1)
        #expect(months.reduce(0) { $0 + ($1["items"] as! Int) } == posts["items"] as! Int)

        let june = try #require(months.first)["key"] as! String
        #expect(try CLI.run(["review", "--mixed", june, "--db", db]).status == 0)
        #expect(try !questions(db).contains { $0["key"] as! String == june })
        let unknownNow = try rows(db).filter { $0["visibility"] == "unknown" }.count
        let stillAsked = try questions(db).reduce(0) { $0 + ($1["items"] as! Int) }
        #expect(unknownNow - stillAsked == months.first!["items"] as! Int)

        let wrong = try CLI.run(["review", "--mixed", "facebook/posts/1999", "--db", db])
        #expect(wrong.status != 0)
        #expect(wrong.stderr.split(separator: "\n").count == 1 && wrong.stderr.contains("review --list"))
    }

    private func runShell(_ command: String, path: String) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        process.environment = environment
        let pipe = Pipe()
        (process.standardOutput, process.standardError) = (pipe, pipe)
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }
}

/// The promise of the review on an export shaped like a busy account: a few questions settle most items.
struct ReviewCoverageTests {
    @Test func aFewQuestionsSettleNearlyEveryUnknownItemOfABusyAccount() throws {
        let folder = Paths.temporaryFolder()
        let generator = Paths.repository.appendingPathComponent("Benchmarks/make_export.py").path
        try ZipMaker.run("/usr/bin/env", ["python3", generator, "--n", "6000", "--small", "--facebook-share", "0.5", "--jobs", "1", "--out", folder.path])
        let zip = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.hasPrefix("facebook-") })
        let db = folder.appendingPathComponent("e.sqlite").path
        #expect(try CLI.run(["scan", "--quiet", folder.appendingPathComponent(zip).path, "--db", db]).status == 0)
        #expect(try CLI.run(["facts", "set", "--region", "row", "--adult", "--db", db]).status == 0)

        let outcome = try CLI.run(["review", "--format", "json", "--db", db])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        let unknown = try #require(json["unknown_items"] as? Int)
        let sizes = (json["questions"] as? [[String: Any]] ?? []).map { $0["items"] as! Int }
        #expect(unknown > 2_800, "the export leaves most of its 3,000 Facebook photos without an audience")
        #expect(sizes.reduce(0, +) == unknown, "every unknown item is in exactly one question")

        var covered = 0
        let needed = sizes.firstIndex { size in covered += size; return covered * 100 >= unknown * 95 }.map { $0 + 1 }
        #expect(try #require(needed) <= 30)
    }
}

/// Instagram items whose audience the export leaves open go through the same review.
struct InstagramReviewTests {
    @Test func anInstagramExportWithoutTheAccountSettingIsAskedAboutOnce() throws {
        let folder = Paths.temporaryFolder()
        var export = ExportBuilder()
        let posts: [[String: Any]] = (1...3).map { n in
            ["media": [["uri": "media/posts/202301/\(n).jpg", "creation_timestamp": 1_672_600_000 + n * 86_400, "title": "Post \(n)"]]]
        }
        export.add("your_instagram_activity/content/posts_1.json", try JSONSerialization.data(withJSONObject: posts))
        for n in 1...3 { export.add("media/posts/202301/\(n).jpg", Data([0xFF, 0xD8, 0xFF, 0xD9])) }
        let root = try export.folder(in: folder, named: "instagram-jdoe-2024-05-01-Ab12Cd34")
        let db = folder.appendingPathComponent("e.sqlite").path
        #expect(try CLI.run(["scan", "--quiet", root.path, "--db", db]).status == 0)

        let outcome = try CLI.run(["review", "--format", "json", "--db", db])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        let questions = try #require(json["questions"] as? [[String: Any]])
        #expect(questions.map { $0["title"] as! String } == ["Your Instagram posts, reels and stories"])
        #expect(questions.first?["items"] as? Int == 3)
        #expect((questions.first?["check"] as? String)?.contains("Account privacy") == true)

        let command = (questions[0]["commands"] as! [String: String])["public"]!
        let words = command.split(separator: " ").dropFirst().map(String.init)
        #expect(try CLI.run(words).status == 0)
        let rows = CSVTable(try CLI.run(["export", "--csv", "-", "--db", db]).stdout).records
        #expect(rows.count == 3 && rows.allSatisfy { $0["visibility"] == "public" && $0["visibility_source"] == "user" })
    }
}
