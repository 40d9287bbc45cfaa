import Foundation
import GRDB

/// How a command waits for another Exposure process that holds the database's write lock (a scan keeps
/// it for the whole scan, so that a stopped scan changes nothing): it says so once, then waits, and gives
/// up only after `limit`, which a long scan of a large export does not reach.
public struct DatabaseWait: Sendable {
    /// The environment variable that sets the limit in seconds (tests use a short one).
    public static let environmentVariable = "EXPOSURE_WAIT_SECONDS"
    /// Thirty minutes: a 100,000-photo scan on a slow disk takes a few minutes (docs/performance.md).
    public static let defaultLimit: TimeInterval = 30 * 60
    /// How long to wait quietly before telling the user, so brief writes by other commands go unmentioned.
    static let quietPeriod: TimeInterval = 1

    public let limit: TimeInterval
    /// Told once per wait, with the database's path, after the quiet period.
    public let notice: @Sendable (String) -> Void

    public init(limit: TimeInterval = DatabaseWait.limitFromEnvironment(), notice: @escaping @Sendable (String) -> Void = { _ in }) {
        self.limit = limit
        self.notice = notice
    }

    /// `$EXPOSURE_WAIT_SECONDS` when it is a number, else `defaultLimit`.
    public static func limitFromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> TimeInterval {
        environment[environmentVariable].flatMap(TimeInterval.init).map { max($0, 0) } ?? defaultLimit
    }

    /// SQLite's busy handler for `path`: sleeps a tenth of a second per try, says once that it waits, and stops at `limit`.
    func busyMode(path: String) -> Database.BusyMode {
        let episode = WaitEpisode()
        return .callback { tries in
            let waited = episode.elapsed(restart: tries == 0)
            if waited >= limit { return false }
            if waited >= Self.quietPeriod, episode.announceOnce() { notice(path) }
            Thread.sleep(forTimeInterval: 0.1)
            return true
        }
    }
}

/// When the current wait began, and whether the user was told: shared by SQLite's calls of one connection.
private final class WaitEpisode: @unchecked Sendable {
    private let lock = NSLock()
    private var start = Date()
    private var announced = false

    func elapsed(restart: Bool) -> TimeInterval {
        lock.withLock {
            if restart { start = Date() }
            return Date().timeIntervalSince(start)
        }
    }

    func announceOnce() -> Bool {
        lock.withLock {
            defer { announced = true }
            return !announced
        }
    }
}
