import Foundation

/// Reads the EXIF of many files on every core, each worker through its own reader, stopping early
/// on cancellation or on an error that ends the scan.
struct InspectionPool {
    let archive: ExportArchive
    let workers: Int
    let progress: ScanProgress

    /// One inspection per entry, in the entries' order.
    func inspect(_ entries: [ExportEntry]) throws -> [FileInspection] {
        let readers = try (0..<max(1, min(workers, entries.count))).map { _ in try archive.makeReader() }
        let results = ResultSlots(count: entries.count)
        let progress = progress
        DispatchQueue.concurrentPerform(iterations: readers.count) { worker in
            for index in stride(from: worker, to: entries.count, by: readers.count) {
                guard !results.stopped, !progress.isCancelled() else { return }
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
    private(set) var error: Error?

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    var stopped: Bool { lock.withLock { error != nil } }
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
