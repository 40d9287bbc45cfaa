import Foundation

/// Counts a scan's progress for a progress line, and carries the user's request to stop.
public final class ScanProgress: @unchecked Sendable {
    /// A snapshot for display.
    public struct Snapshot: Sendable {
        public var filesDone: Int
        public var filesTotal: Int
        public var bytesRead: Int64
        public var elapsed: TimeInterval
    }

    private let lock = NSLock()
    private var filesDone = 0
    private var filesTotal = 0
    private var bytesRead: Int64 = 0
    private var started = Date()
    private var cancelled = false
    private let onChange: (@Sendable (Snapshot) -> Void)?

    /// `onChange` is called from worker threads, at most a few times a second.
    public init(onChange: (@Sendable (Snapshot) -> Void)? = nil) {
        self.onChange = onChange
    }

    /// Asks the scan to stop at the next file.
    public func cancel() { lock.withLock { cancelled = true } }

    func isCancelled() -> Bool { lock.withLock { cancelled } }

    func start(total: Int) {
        lock.withLock {
            filesTotal = total
            filesDone = 0
            bytesRead = 0
            started = Date()
        }
    }

    private var lastReport = Date.distantPast

    func advance(files: Int, bytes: Int) {
        let snapshot: Snapshot? = lock.withLock {
            filesDone += files
            bytesRead += Int64(bytes)
            let now = Date()
            guard now.timeIntervalSince(lastReport) >= 0.2 || filesDone == filesTotal else { return nil }
            lastReport = now
            return Snapshot(filesDone: filesDone, filesTotal: filesTotal, bytesRead: bytesRead, elapsed: now.timeIntervalSince(started))
        }
        if let snapshot { onChange?(snapshot) }
    }
}
