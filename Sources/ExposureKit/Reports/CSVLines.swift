import Foundation

/// Formats and writes the CSV's lines on a worker thread while the calling thread reads the next items
/// from SQLite, which must stay on its own thread: the two halves take about as long as each other.
final class CSVLines: @unchecked Sendable {
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

    init(to writer: OutputFile.Writer) {
        batch.reserveCapacity(Self.batchSize)
        DispatchQueue.global().async(group: writing) { self.write(to: writer) }
    }

    /// Queues `row`; throws what stopped the worker, if it stopped.
    func add(_ row: ItemRow) throws {
        batch.append(row)
        if batch.count == Self.batchSize { try sendBatch() }
    }

    /// Waits until every line is written; throws what stopped the worker.
    func finish() throws {
        try sendBatch()
        batches.close()
        writing.wait()
        if let failure { throw failure }
    }

    /// Stops the worker without writing what is still queued, for a caller that failed half-way.
    func cancel() {
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

    private func write(to writer: OutputFile.Writer) {
        do {
            while let rows = batches.receive() {
                for row in rows { try writer.write { CSVExport.append(CSVExport.fields(row), to: &$0) } }
                try written.send(rows)
            }
        } catch {
            failure = error
            batches.stop()
        }
    }
}
