import Foundation

/// Carries values from one thread to another, in order and at most `capacity` at a time (and, when
/// values are weighed, at most `budget` in weight unless just one waits), so two steps of one job
/// overlap while memory holds a few values, not the whole job.
final class HandOff<Value: Sendable>: @unchecked Sendable {
    /// Thrown to the sender once the receiver has stopped listening.
    struct Stopped: Error {}

    private let condition = NSCondition()
    private var values: [Value] = []
    private var weights: [Int] = []
    private var held = 0
    private var closed = false
    private var stopped = false
    private let capacity: Int
    private let budget: Int

    init(capacity: Int, budget: Int = .max) {
        self.capacity = capacity
        self.budget = budget
    }

    /// Waits while the queue is full; throws `Stopped` when the receiver no longer listens.
    func send(_ value: Value, weight: Int = 0) throws {
        condition.lock()
        defer { condition.unlock() }
        while isFull(adding: weight), !stopped { condition.wait() }
        if stopped { throw Stopped() }
        values.append(value)
        weights.append(weight)
        held += weight
        condition.broadcast()
    }

    private func isFull(adding weight: Int) -> Bool {
        values.count >= capacity || (!values.isEmpty && held > budget - weight)
    }

    private func takeFirst() -> Value {
        held -= weights.removeFirst()
        return values.removeFirst()
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
        return values.isEmpty || stopped ? nil : takeFirst()
    }

    /// The next value if one is waiting, without waiting.
    func poll() -> Value? {
        condition.lock()
        defer { condition.unlock() }
        guard !values.isEmpty else { return nil }
        condition.broadcast()
        return takeFirst()
    }

    /// Tells the sender to stop and drops what it sent.
    func stop() {
        condition.lock()
        stopped = true
        values.removeAll()
        weights.removeAll()
        held = 0
        condition.broadcast()
        condition.unlock()
    }
}
