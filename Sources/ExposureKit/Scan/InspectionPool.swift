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

    /// One inspection per entry, in the entries' order; each worker takes the next unread entry.
    func inspect(_ entries: [ExportEntry]) throws -> [FileInspection] {
        guard !entries.isEmpty else { return [] }
        let results = ResultSlots(count: entries.count)
        let (readers, progress) = (readers, progress)
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
        if let error = results.error { throw error }
        if progress.isCancelled() { throw ScanCancelled() }
        return results.values
    }
}

/// The pool's shared results, guarded by a lock.
private final class ResultSlots: @unchecked Sendable {
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
