import Foundation

/// Carries values from one thread to another, in order and at most `capacity` at a time, so two
/// steps of one job overlap while memory holds a few values, not the whole job.
final class HandOff<Value: Sendable>: @unchecked Sendable {
    /// Thrown to the sender once the receiver has stopped listening.
    struct Stopped: Error {}

    private let condition = NSCondition()
    private var values: [Value] = []
    private var closed = false
    private var stopped = false
    private let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// Waits while the queue is full; throws `Stopped` when the receiver no longer listens.
    func send(_ value: Value) throws {
        condition.lock()
        defer { condition.unlock() }
        while values.count >= capacity, !stopped { condition.wait() }
        if stopped { throw Stopped() }
        values.append(value)
        condition.broadcast()
    }

    /// Tells the receiver that nothing more comes once it has taken what was sent.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next value, waiting for the sender if need be; nil once the queue is closed and empty, or stopped.
    func receive() -> Value? {
        condition.lock()
        defer { condition.unlock() }
        while values.isEmpty, !closed, !stopped { condition.wait() }
        condition.broadcast()
        return values.isEmpty || stopped ? nil : values.removeFirst()
    }

    /// The next value if one is waiting, without waiting.
    func poll() -> Value? {
        condition.lock()
        defer { condition.unlock() }
        guard !values.isEmpty else { return nil }
        condition.broadcast()
        return values.removeFirst()
    }

    /// Tells the sender to stop and drops what it sent.
    func stop() {
        condition.lock()
        stopped = true
        values.removeAll()
        condition.broadcast()
        condition.unlock()
    }
}
