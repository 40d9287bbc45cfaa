import Foundation

/// Reads the EXIF of many files on every core, each worker through its own reader, stopping early
/// on cancellation or on an error that ends the scan.
struct InspectionPool {
    private let readers: [EntryReader]
    private let progress: ScanProgress

    /// Opens one reader per worker, kept for every batch of the scan.
    init(archive: ExportArchive, workers: Int, progress: ScanProgress) throws {
        readers = try (0..<max(1, workers)).map { _ in try archive.makeReader() }
        self.progress = progress
    }

    /// Starts reading `entries` and returns at once, so the caller can store the previous batch
    /// meanwhile; each worker takes the next unread entry.
    func start(_ entries: [ExportEntry]) -> PendingInspection {
        let pending = PendingInspection(count: entries.count, progress: progress)
        guard !entries.isEmpty else { return pending }
        let (readers, progress, results) = (readers, progress, pending.results)
        DispatchQueue.global().async(group: pending.group) {
            DispatchQueue.concurrentPerform(iterations: min(readers.count, entries.count)) { worker in
                while let index = results.next(), !progress.isCancelled() {
                    do {
                        let (inspection, bytes) = try FileInspector.inspect(entries[index], with: readers[worker])
                        results.store(inspection, at: index)
                        progress.advance(files: 1, bytes: bytes)
                    } catch {
                        results.fail(error)
                        return
                    }
                }
            }
        }
        return pending
    }
}

/// The readings of one batch, in the entries' order, once the workers are done.
final class PendingInspection: @unchecked Sendable {
    fileprivate let group = DispatchGroup()
    fileprivate let results: ResultSlots
    private let progress: ScanProgress

    fileprivate init(count: Int, progress: ScanProgress) {
        results = ResultSlots(count: count)
        self.progress = progress
    }

    /// Waits for the workers; throws the first reading error, or `ScanCancelled` after Ctrl-C.
    func wait() throws -> [FileInspection] {
        group.wait()
        if let error = results.error { throw error }
        if progress.isCancelled() { throw ScanCancelled() }
        return results.values
    }

    /// Waits for the workers without looking at what they found, when the scan has failed anyway:
    /// their readers must be idle before the export is closed.
    func finish() { group.wait() }
}

/// The pool's shared results, guarded by a lock.
fileprivate final class ResultSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [FileInspection?]
    private var taken = 0
    private(set) var error: Error?

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    /// The next entry no worker has taken, nil when all are taken or the pool has failed.
    func next() -> Int? {
        lock.withLock {
            guard error == nil, taken < slots.count else { return nil }
            defer { taken += 1 }
            return taken
        }
    }
    var values: [FileInspection] { lock.withLock { slots.map { $0 ?? FileInspection(format: .unknown, status: .unreadable) } } }

    func store(_ inspection: FileInspection, at index: Int) {
        lock.withLock { slots[index] = inspection }
    }

    func fail(_ failure: Error) {
        lock.withLock { error = error ?? failure }
    }
}

/// Thrown when the user stops a scan with Ctrl-C; the database is left as it was.
public struct ScanCancelled: Error, CustomStringConvertible {
    public var description: String { "scan stopped; the database was left as it was" }
}
