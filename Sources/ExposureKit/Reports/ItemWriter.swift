import Foundation

/// Writes items on a worker thread while the calling thread reads the next ones from SQLite, which must
/// stay on its own thread: for the CSV and the HTML report's table the two halves take about as long as
/// each other, so overlapping them nearly halves the time.
final class ItemWriter: @unchecked Sendable {
    private static let batchSize = 256

    private let batches = HandOff<[ItemRow]>(capacity: 4)
    /// Written batches go back to the reading thread to be freed there: freeing on the worker what
    /// the reader allocated defeated glibc's per-thread caches and cost more than the worker saved.
    /// Never full, so the worker never waits on it: `batches` already bounds what is in flight.
    private let written = HandOff<[ItemRow]>(capacity: .max)
    private let writing = DispatchGroup()
    private var batch: [ItemRow] = []
    /// Set by the worker before it leaves, read only after waiting for it.
    private var failure: (any Error)?

    /// Calls `read` with a function that queues an item, and `write` on the worker with each item queued,
    /// in order; returns once every item is written. Throws what stopped either side.
    static func overlapping(write: @escaping @Sendable (ItemRow) throws -> Void,
                            read: ((ItemRow) throws -> Void) throws -> Void) throws {
        let writer = ItemWriter(write)
        do {
            try read(writer.add)
        } catch {
            writer.cancel()
            throw error
        }
        try writer.finish()
    }

    private init(_ write: @escaping @Sendable (ItemRow) throws -> Void) {
        batch.reserveCapacity(Self.batchSize)
        DispatchQueue.global().async(group: writing) { self.work(write) }
    }

    /// Queues `row`; throws what stopped the worker, if it stopped.
    private func add(_ row: ItemRow) throws {
        batch.append(row)
        if batch.count == Self.batchSize { try sendBatch() }
    }

    /// Waits until every item is written; throws what stopped the worker.
    private func finish() throws {
        try sendBatch()
        batches.close()
        writing.wait()
        if let failure { throw failure }
    }

    /// Stops the worker without writing what is still queued, for a reader that failed half-way.
    private func cancel() {
        batches.stop()
        writing.wait()
    }

    private func sendBatch() throws {
        while written.poll() != nil {}
        guard !batch.isEmpty else { return }
        do {
            try batches.send(batch)
        } catch is HandOff<[ItemRow]>.Stopped {
            writing.wait()
            throw failure ?? CancellationError()
        }
        batch = []
        batch.reserveCapacity(Self.batchSize)
    }

    private func work(_ write: (ItemRow) throws -> Void) {
        do {
            while let rows = batches.receive() {
                for row in rows { try write(row) }
                try written.send(rows)
            }
        } catch {
            failure = error
            batches.stop()
        }
    }
}
