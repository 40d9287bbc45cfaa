import ExposureKit
import Foundation
import GRDB
import Testing

/// `exposure --version` as a bug report quotes it: every line is checked against what the rules,
/// pkg-config and SQLite say themselves, not against the code that prints it.
struct VersionCLITests {
    private func lines() throws -> [String] {
        let outcome = try CLI.run(["--version"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.isEmpty)
        return outcome.stdout.split(separator: "\n").map(String.init)
    }

    private func line(_ prefix: String) throws -> String {
        try #require(try lines().first { $0.hasPrefix(prefix) }, "no line starting \(prefix)")
    }

    /// What pkg-config says of `library`, the version the build compiled against.
    private func pkgConfigVersion(_ library: String) throws -> String {
        let pkgConfig = Process()
        pkgConfig.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        pkgConfig.arguments = ["pkg-config", "--modversion", library]
        let out = Pipe()
        pkgConfig.standardOutput = out
        try pkgConfig.run()
        let version = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        pkgConfig.waitUntilExit()
        #expect(!version.isEmpty)
        return version
    }

    @Test func namesTheToolAndTheRuleSetDate() throws {
        let first = try #require(try lines().first)
        #expect(first.wholeMatch(of: /exposure \d+\.\d+\.\d+/) != nil, "\(first)")
        let rules = try line("rule set:")
        #expect(rules.contains(RuleSet.current.version) && rules.contains(RuleSet.current.evidenceCutoff), "\(rules)")
    }

    @Test func namesTheLibexifItWasBuiltWithAndTheFileItRuns() throws {
        let expected = try pkgConfigVersion("libexif")

        let libexif = try line("libexif:")
        #expect(libexif.hasPrefix("libexif: \(expected) (built with)"), "\(libexif)")
        #if os(Linux)
        let file = try #require(libexif.firstMatch(of: /running (\S+)/)?.1, "\(libexif)")
        #expect(file.contains("libexif.so.12") && FileManager.default.fileExists(atPath: String(file)), "\(libexif)")
        #endif
    }

    @Test func namesTheLibxml2ItWasBuiltWith() throws {
        let expected = try pkgConfigVersion("libxml-2.0")
        #expect(try line("libxml2:") == "libxml2: \(expected) (built with; reads HTML-format exports)")
    }

    @Test func namesTheSQLiteItRunsWith() throws {
        let expected = try DatabaseQueue().read { db in try String.fetchOne(db, sql: "SELECT sqlite_version()") }
        #expect(try line("SQLite:") == "SQLite: \(try #require(expected))")
    }

    @Test func helpOffersIt() throws {
        let help = try CLI.run([])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--version") && help.stdout.contains("SUBCOMMANDS:"), "\(help.stdout)")
    }
}
