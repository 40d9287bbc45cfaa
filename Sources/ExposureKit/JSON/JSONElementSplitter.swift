import Foundation

/// Cuts a JSON file fed chunk by chunk into the elements of its top-level array and parses each alone,
/// so a large list never sits in memory whole; any other top level is gathered and parsed at the end.
///
/// Errors are those of parsing the whole file, at the same byte offsets.
struct JSONElementSplitter {
    /// Takes each element as soon as it is parsed.
    typealias Body = (JSONValue) throws -> Void
    private enum Phase { case leading, whole, open, afterComma, element, afterElement, closed }

    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
    private var phase = Phase.leading
    /// The leading bytes, then the whole file or the element being cut; reused from element to element.
    private var buffer: [UInt8] = []
    /// Where the next chunk starts in the file.
    private var chunkStart = 0
    private var elementStart = 0
    /// Where the current element ends; used in the `.element` phase only.
    private var cut = JSONElementCut(first: 0)

    /// Takes the next chunk of the file, handing `body` each element it completes.
    mutating func feed(_ chunk: Data, _ body: Body) throws {
        try chunk.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var index = 0
            while index < bytes.count { index = try step(bytes, index, body) }
        }
        chunkStart += chunk.count
    }

    /// Ends the file: nil after a top-level array, else the whole parsed value.
    mutating func finish(_ body: Body) throws -> JSONValue? {
        switch phase {
        case .leading, .whole: return try buffer.withUnsafeBufferPointer { try JSONParser.parse($0) }
        case .open, .afterComma: throw JSONProblem("it ends too early", at: chunkStart)
        case .element:
            try emit(body)
            throw JSONProblem("a ']' is missing", at: chunkStart)
        case .afterElement: throw JSONProblem("a ']' is missing", at: chunkStart)
        case .closed: return nil
        }
    }

    /// Handles the bytes from `index` that the current phase takes; returns where the next phase starts.
    private mutating func step(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ body: Body) throws -> Int {
        switch phase {
        case .leading: lead(bytes[index])
        case .whole:
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index...]))
            return bytes.count
        case .element: return try cutElement(bytes, index, body)
        default: try between(bytes[index], at: chunkStart + index)
        }
        return index + 1
    }

    /// Before the top-level value: skips a byte order mark and spaces, then picks array or whole mode.
    private mutating func lead(_ byte: UInt8) {
        buffer.append(byte)
        if Self.byteOrderMark.starts(with: buffer) { return }
        let brokenMark = buffer[0] == 0xEF && !buffer.starts(with: Self.byteOrderMark)
        if !brokenMark && Self.isSpace(byte) { return }
        if !brokenMark && byte == UInt8(ascii: "[") {
            buffer.removeAll(keepingCapacity: true)
            phase = .open
        } else {
            phase = .whole
        }
    }

    /// A byte between elements of the top-level array, or after it.
    private mutating func between(_ byte: UInt8, at offset: Int) throws {
        if Self.isSpace(byte) { return }
        switch (phase, byte) {
        case (.open, UInt8(ascii: "]")), (.afterElement, UInt8(ascii: "]")): phase = .closed
        case (.afterElement, UInt8(ascii: ",")): phase = .afterComma
        case (.afterElement, _): throw JSONProblem("a ']' is missing", at: offset)
        case (.closed, _): throw JSONProblem("unexpected text after the end", at: offset)
        default:
            buffer.removeAll(keepingCapacity: true)
            buffer.append(byte)
            elementStart = offset
            cut = JSONElementCut(first: byte)
            phase = .element
        }
    }

    private mutating func cutElement(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ body: Body) throws -> Int {
        let (end, stop) = cut.scan(bytes, from: index)
        buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
        switch stop {
        case .incomplete: break
        case .complete: try emit(body)
        // The parser reaches the same depth in these bytes and names the problem, or an earlier one.
        case .tooDeep: _ = try parseElement()
        }
        return end
    }

    private mutating func emit(_ body: Body) throws {
        let value = try parseElement()
        phase = .afterElement
        try body(value)
    }

    private func parseElement() throws -> JSONValue {
        try buffer.withUnsafeBufferPointer { try JSONParser.element($0, at: elementStart) }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }
}
