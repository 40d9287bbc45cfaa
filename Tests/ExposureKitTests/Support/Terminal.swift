import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real `exposure` on a pseudo-terminal that is its controlling terminal, so a test types
/// answers and Ctrl-C as a person would and reads what the screen shows.
final class Terminal {
    private let process = Process()
    private let master: Int32
    /// Everything the program wrote so far, with the terminal's echo of what was typed.
    private var bytes: [UInt8] = []

    var screen: String { String(decoding: bytes, as: UTF8.self) }

    /// Where the screen ends now, for waiting on what comes after.
    var mark: Int { bytes.count }

    /// Whether this machine can run programs on a pseudo-terminal (util-linux's `setsid -c -w`).
    static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/setsid") }

    init(_ arguments: [String]) throws {
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        guard master >= 0, let name = Self.unlockedSlaveName(master),
              let slave = FileHandle(forUpdatingAtPath: name)
        else { throw TerminalError.noPseudoTerminal }
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setsid")
        process.arguments = ["-c", "-w", CLI.executable.path] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment["TERM"] = "xterm"
        process.environment = environment
        (process.standardInput, process.standardOutput, process.standardError) = (slave, slave, slave)
        try process.run()
        try slave.close()
    }

    /// The path of the terminal side of the pseudo-terminal `master`, unlocked. Glibc's Swift module
    /// lacks posix_openpt and friends, so Linux's ioctls do their work.
    private static func unlockedSlaveName(_ master: Int32) -> String? {
        #if os(Linux)
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard ioctl(master, 0x4004_5431 /* TIOCSPTLCK */, &unlock) == 0, ioctl(master, 0x8004_5430 /* TIOCGPTN */, &number) == 0 else {
            return nil
        }
        return "/dev/pts/\(number)"
        #else
        guard grantpt(master) == 0, unlockpt(master) == 0, let name = ptsname(master) else { return nil }
        return String(cString: name)
        #endif
    }

    deinit {
        if process.isRunning { process.terminate() }
        close(master)
    }

    /// Types `text`; "\u{03}" is Ctrl-C.
    func type(_ text: String) {
        _ = text.utf8CString.withUnsafeBufferPointer { write(master, $0.baseAddress, $0.count - 1) }
    }

    /// Reads until the screen, from `mark` on, contains `text`; returns that part of the screen.
    @discardableResult
    func wait(for text: String, since mark: Int = 0, seconds: Double = 30) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            let tail = String(decoding: bytes[min(mark, bytes.count)...], as: UTF8.self)
            if tail.contains(text) { return tail }
            guard Date() < deadline, readSome(until: deadline) else { throw TerminalError.timedOut(waitingFor: text, screen: screen) }
        }
    }

    /// Reads until the screen, from `mark` on, contains one of `texts`; returns the first found.
    func wait(forAny texts: [String], since mark: Int, seconds: Double = 30) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            let tail = String(decoding: bytes[min(mark, bytes.count)...], as: UTF8.self)
            if let found = texts.first(where: tail.contains) { return found }
            guard Date() < deadline, readSome(until: deadline) else { throw TerminalError.timedOut(waitingFor: texts.joined(separator: " or "), screen: screen) }
        }
    }

    /// Waits for the program to end and returns its exit status.
    func exitStatus(seconds: Double = 30) throws -> Int32 {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning {
            if !readSome(until: deadline) && Date() >= deadline { throw TerminalError.timedOut(waitingFor: "exit", screen: screen) }
        }
        while readSome(until: Date().addingTimeInterval(0.2)) {}
        return process.terminationStatus
    }

    /// Reads what is there within the time left; false when nothing came.
    private func readSome(until deadline: Date) -> Bool {
        var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let milliseconds = Int32(max(0, min(deadline.timeIntervalSinceNow, 0.5)) * 1000)
        guard poll(&poller, 1, milliseconds) > 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = read(master, &buffer, buffer.count)
        guard count > 0 else { return false }
        bytes += buffer[0..<count]
        return true
    }
}

enum TerminalError: Error, CustomStringConvertible {
    case noPseudoTerminal
    case timedOut(waitingFor: String, screen: String)

    var description: String {
        switch self {
        case .noPseudoTerminal: "no pseudo-terminal could be opened"
        case .timedOut(let text, let screen): "timed out waiting for \(text.debugDescription); the screen:\n\(screen.suffix(3000))"
        }
    }
}
