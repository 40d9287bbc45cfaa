import Foundation
import Testing

/// Runs the real `exposure` executable, as a user would, and captures what it prints.
enum CLI {
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The built executable, next to the test bundle in SwiftPM's build folder.
    static let executable: URL = {
        var folder = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("exposure")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        return Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("exposure")
    }()

    /// Runs it with standard input at /dev/null, as `exposure … < /dev/null` would.
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { _, new in new }
        env["NO_COLOR"] = env["NO_COLOR"] ?? "1"
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }
}

/// Runs `exposure` on the database `db` and records an issue unless it succeeds, for tests that
/// drive several commands in a row.
func exposure(_ arguments: [String], db: String) throws -> CLI.Outcome {
    let outcome = try CLI.run(arguments + ["--db", db])
    #expect(outcome.status == 0, "\(arguments): \(outcome.stderr)")
    return outcome
}
