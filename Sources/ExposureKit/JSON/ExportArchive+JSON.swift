import Foundation

extension ExportArchive {
    /// Streams the elements of a top-level array (unless `topLevelArray` is false), or of the arrays
    /// `arrays` picks in a top-level object, to `body` and returns nil; returns the whole value when
    /// nothing was streamed. Reads the file once either way, and memory holds a few elements, not the
    /// file. `member` sees the object's other members. A file or value past `JSONLimits` throws `JSONTooLarge`.
    ///
    /// The file is inflated and parsed on another thread while `body` runs on this one: a scan
    /// otherwise spends its JSON phase on one core.
    func forEachJSONElement(
        of entry: ExportEntry, arrays: JSONElementSplitter.MemberArrays = .none, topLevelArray: Bool = true,
        member: JSONElementSplitter.MemberBody = { _, _ in }, _ body: (JSONValue) throws -> Void
    ) throws -> JSONValue? {
        let events = HandOff<JSONEvent>(capacity: 64, budget: JSONLimits.bytesInFlight)
        let reading = DispatchGroup()
        let (reader, references) = (reader, readReferences)
        DispatchQueue.global().async(group: reading) {
            Self.split(entry, with: reader, arrays: arrays, topLevelArray: topLevelArray, into: events, references: references)
        }
        defer {
            events.stop()
            reading.wait()
        }
        while true {
            switch events.receive() {
            case .member(let name, let value): try member(name, value)
            case .element(let value): try body(value)
            case .end(let whole): return whole
            case .failure(let error): throw error
            case nil: return nil
            }
        }
    }

    /// Reads and splits the file, sending each member, element and the end, or the error that stopped it;
    /// the media references in a file read whole go to `references`.
    private static func split(
        _ entry: ExportEntry, with reader: EntryReader, arrays: JSONElementSplitter.MemberArrays, topLevelArray: Bool,
        into events: HandOff<JSONEvent>, references: ReadJSONReferences
    ) {
        var size = 0
        var splitter = JSONElementSplitter(arrays: arrays, topLevelArray: topLevelArray) { size = $0 }
        let member = { (name: String, value: JSONValue) in try events.send(.member(name, value), weight: size) }
        let element = { (value: JSONValue) in try events.send(.element(value), weight: size) }
        var read: Int64 = 0
        var uriScanner = MediaReferenceScanner()
        var uris: [String] = []
        // Carried out of the consumer, because a zip reader reports whatever its consumer throws as damaged data.
        var failure: Error?
        do {
            // The size the zip lists settles it at once; the count below catches a member that lies about it.
            guard entry.size <= JSONLimits.fileBytes else { throw JSONTooLarge.file }
            try reader.stream(entry, chunkSize: 256 * 1024) { chunk in
                do {
                    read += Int64(chunk.count)
                    guard read <= JSONLimits.fileBytes else { throw JSONTooLarge.file }
                    chunk.withUnsafeBytes { uriScanner.feed($0) { uris.append($0) } }
                    try splitter.feed(chunk, member: member, element)
                    return true
                } catch {
                    failure = error
                    return false
                }
            }
            if let failure { throw failure }
            let whole = try splitter.finish(element)
            references.record(uris, of: entry.path)
            try events.send(.end(whole))
        } catch is HandOff<JSONEvent>.Stopped {
            return
        } catch {
            try? events.send(.failure(error))
        }
    }

    /// The whole file parsed, for files read as one value; one past `JSONLimits.valueBytes` throws `JSONTooLarge`.
    func json(of entry: ExportEntry) throws -> JSONValue {
        try forEachJSONElement(of: entry, topLevelArray: false) { _ in } ?? .null
    }
}
