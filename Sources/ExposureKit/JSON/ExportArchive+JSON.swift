import Foundation

extension ExportArchive {
    /// Streams the elements of a top-level array (unless `topLevelArray` is false), or of the arrays
    /// `arrays` picks in a top-level object, to `body` and returns nil; returns the whole value when
    /// nothing was streamed. Reads the file once either way, and memory holds one element, not the
    /// file. `member` sees the object's other members.
    func forEachJSONElement(
        of entry: ExportEntry, arrays: JSONElementSplitter.MemberArrays = .none, topLevelArray: Bool = true,
        member: JSONElementSplitter.MemberBody = { _, _ in }, _ body: (JSONValue) throws -> Void
    ) throws -> JSONValue? {
        var splitter = JSONElementSplitter(arrays: arrays, topLevelArray: topLevelArray)
        // Carried out of the consumer, because a zip reader reports whatever its consumer throws as damaged data.
        var failure: Error?
        try stream(entry, chunkSize: 256 * 1024) { chunk in
            do {
                try splitter.feed(chunk, member: member, body)
                return true
            } catch {
                failure = error
                return false
            }
        }
        if let failure { throw failure }
        return try splitter.finish(body)
    }

    /// The whole file parsed, for files read as one value.
    func json(of entry: ExportEntry) throws -> JSONValue {
        try JSONValue.parse(data(of: entry))
    }
}
