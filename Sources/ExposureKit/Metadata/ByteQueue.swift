import Foundation

/// The bytes of a stream received but not yet consumed, so container walkers can parse pushed
/// chunks as if they had a short random-access window, and skip payloads without keeping them.
struct ByteQueue: Sendable {
    private var storage: [UInt8] = []
    private var head = 0
    /// Stream offset of the next byte a walker will see (bytes still to be skipped count as passed).
    private(set) var position: Int64 = 0
    /// Bytes a walker asked to skip that have not arrived yet; they are dropped on arrival.
    private(set) var pendingSkip: Int64 = 0
    /// How many more bytes the last unsatisfied `peek` needed.
    private(set) var shortfall = 0
    /// Largest number of bytes held at once, so tests can check memory stays bounded.
    private(set) var peakHeld = 0

    var available: Int { storage.count - head }

    mutating func append(_ chunk: some Collection<UInt8>) {
        let dropped = Int(min(pendingSkip, Int64(chunk.count)))
        pendingSkip -= Int64(dropped)
        guard dropped < chunk.count else { return }
        if head == storage.count {
            storage.removeAll(keepingCapacity: true)
            head = 0
        }
        storage.append(contentsOf: chunk.dropFirst(dropped))
        peakHeld = max(peakHeld, available)
    }

    /// Records bytes the reader skipped itself (by seeking) instead of feeding them.
    mutating func skippedByReader(_ count: Int64) {
        pendingSkip -= min(max(count, 0), pendingSkip)
    }

    /// The next `count` bytes without consuming them, or nil (noting the shortfall) if not all arrived.
    mutating func peek(_ count: Int) -> ArraySlice<UInt8>? {
        guard pendingSkip == 0, available >= count else {
            shortfall = count - available
            return nil
        }
        shortfall = 0
        return storage[head..<head + count]
    }

    mutating func consume(_ count: Int) {
        skip(Int64(count))
    }

    /// Passes over `count` bytes, dropping those already held and any that arrive later.
    mutating func skip(_ count: Int64) {
        let held = Int(min(count, Int64(available)))
        head += held
        pendingSkip += count - Int64(held)
        position += count
        compact()
    }

    private mutating func compact() {
        guard head > 65_536, head * 2 > storage.count else { return }
        storage.removeFirst(head)
        head = 0
    }
}
