/// What a JSON file's reader finds on its worker thread, handed in order to the thread importing the
/// file, so that inflating and parsing one file overlaps storing its findings.
enum JSONEvent: Sendable {
    case member(String, JSONValue)
    case element(JSONValue)
    /// The file is done; the whole value when nothing was streamed.
    case end(JSONValue?)
    case failure(any Error)
}
