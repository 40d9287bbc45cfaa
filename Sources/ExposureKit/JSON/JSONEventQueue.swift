import Foundation

/// Carries what a JSON file's reader finds on a worker thread to the thread importing the file, in
/// order and at most `capacity` at a time, so that inflating and parsing one file overlaps storing
/// its findings while memory still holds a few elements, not the file.
final class JSONEventQueue: @unchecked Sendable {
    enum Event: Sendable {
        case member(String, JSONValue)
        case element(JSONValue)
        /// The file is done; the whole value when nothing was streamed.
        case end(JSONValue?)
        case failure(any Error)
    }

    /// Thrown inside the reader once the importer has stopped listening.
    struct Stopped: Error {}

    private let condition = NSCondition()
    private var events: [Event] = []
    private var stopped = false
    private let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// Waits while the queue is full; throws `Stopped` when the importer no longer listens.
    func send(_ event: Event) throws {
        condition.lock()
        defer { condition.unlock() }
        while events.count >= capacity, !stopped { condition.wait() }
        if stopped { throw Stopped() }
        events.append(event)
        condition.broadcast()
    }

    /// The next event, waiting for the reader if need be.
    func receive() -> Event {
        condition.lock()
        defer { condition.unlock() }
        while events.isEmpty { condition.wait() }
        condition.broadcast()
        return events.removeFirst()
    }

    /// Tells the reader to stop and drops what it sent.
    func stop() {
        condition.lock()
        stopped = true
        events.removeAll()
        condition.broadcast()
        condition.unlock()
    }
}
