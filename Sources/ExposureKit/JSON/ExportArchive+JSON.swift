import Foundation

extension ExportArchive {
    /// Streams the elements of a top-level array to `body` and returns nil, or returns the whole value
    /// of any other top level, reading the file once either way; memory holds one element, not the file.
    func forEachJSONElement(of entry: ExportEntry, _ body: (JSONValue) throws -> Void) throws -> JSONValue? {
        var splitter = JSONElementSplitter()
        // Carried out of the consumer, because a zip reader reports whatever its consumer throws as damaged data.
        var failure: Error?
        try stream(entry, chunkSize: 256 * 1024) { chunk in
            do {
                try splitter.feed(chunk, body)
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
