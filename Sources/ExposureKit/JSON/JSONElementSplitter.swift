import Foundation

/// Cuts a JSON file fed chunk by chunk into the elements of its top-level array, or of the arrays
/// of its top-level object, and parses each alone, so a large list never sits in memory whole; any
/// other top level is gathered and parsed at the end.
///
/// For a top-level array, errors are those of parsing the whole file, at the same byte offsets.
struct JSONElementSplitter {
    /// Takes each element as soon as it is parsed.
    typealias Body = (JSONValue) throws -> Void
    /// Takes each member of a top-level object that is not streamed, with its name.
    typealias MemberBody = (String, JSONValue) throws -> Void

    /// Which arrays of a top-level object are streamed rather than gathered.
    enum MemberArrays: Equatable, Sendable {
        /// None: the object is gathered whole.
        case none
        /// The arrays under these names.
        case named(Set<String>)
        /// The first array member, whatever its name.
        case first
    }

    private enum Phase {
        case leading, whole, open, afterComma, element, afterElement, closed
        case objectOpen, beforeKey, key, afterKey, beforeValue, value, afterMember
    }

    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
    private let arrays: MemberArrays
    private let streamsTopLevelArray: Bool
    private var phase = Phase.leading
    /// The leading bytes, then the whole file or the element being cut; reused from element to element.
    private var buffer: [UInt8] = []
    /// Where the next chunk starts in the file.
    private var chunkStart = 0
    private var elementStart = 0
    /// Where the current element ends; used in the `.element`, `.key` and `.value` phases only.
    private var cut = JSONElementCut(first: 0)
    /// The member being read, and whether an array of the top-level object is being streamed.
    private var key = ""
    private var inMember = false
    private var streamedMembers = 0
    /// The top-level object's members that were not streamed, returned when none was.
    private var gathered: [String: JSONValue]?
    /// Told the size in bytes of each element and member value just before it is handed on.
    private let measured: (Int) -> Void

    /// `arrays` says which arrays of a top-level object to stream; `topLevelArray`, whether a top-level array is.
    /// A value larger than `JSONLimits.valueBytes` stops the file with `JSONTooLarge`.
    init(arrays: MemberArrays = .none, topLevelArray: Bool = true, measured: @escaping (Int) -> Void = { _ in }) {
        self.arrays = arrays
        streamsTopLevelArray = topLevelArray
        self.measured = measured
    }

    /// Takes the next chunk of the file, handing `body` each element and `member` each other member it completes.
    mutating func feed(_ chunk: Data, member: MemberBody = { _, _ in }, _ body: Body) throws {
        try chunk.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var index = 0
            while index < bytes.count { index = try step(bytes, index, member, body) }
        }
        chunkStart += chunk.count
    }

    /// Ends the file: nil when an array was streamed, else the whole parsed value (an object without streamed arrays).
    mutating func finish(_ body: Body) throws -> JSONValue? {
        switch phase {
        case .leading, .whole: return try buffer.withUnsafeBufferPointer { try JSONParser.parse($0) }
        case .open, .afterComma: throw JSONProblem("it ends too early", at: chunkStart)
        case .element:
            try emit(body)
            throw JSONProblem(inMember ? "it ends too early" : "a ']' is missing", at: chunkStart)
        case .afterElement: throw JSONProblem(inMember ? "it ends too early" : "a ']' is missing", at: chunkStart)
        case .closed: return streamedMembers == 0 ? gathered.map(JSONValue.object) : nil
        default: throw JSONProblem("it ends too early", at: chunkStart)
        }
    }

    /// Handles the bytes from `index` that the current phase takes; returns where the next phase starts.
    private mutating func step(
        _ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ member: MemberBody, _ body: Body
    ) throws -> Int {
        switch phase {
        case .leading:
            lead(bytes[index])
            try checkHeld()
        case .whole:
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index...]))
            try checkHeld()
            return bytes.count
        case .element, .key, .value: return try cutElement(bytes, index, member, body)
        case .objectOpen, .beforeKey, .afterKey, .beforeValue, .afterMember: try inObject(bytes[index], at: chunkStart + index)
        default: try between(bytes[index], at: chunkStart + index)
        }
        return index + 1
    }

    /// Before the top-level value: skips a byte order mark and spaces, then picks array, object or whole mode.
    private mutating func lead(_ byte: UInt8) {
        buffer.append(byte)
        if Self.byteOrderMark.starts(with: buffer) { return }
        let brokenMark = buffer[0] == 0xEF && !buffer.starts(with: Self.byteOrderMark)
        if !brokenMark && Self.isSpace(byte) { return }
        if !brokenMark && byte == UInt8(ascii: "[") && streamsTopLevelArray {
            buffer.removeAll(keepingCapacity: true)
            phase = .open
        } else if !brokenMark && byte == UInt8(ascii: "{") && arrays != .none {
            buffer.removeAll(keepingCapacity: true)
            gathered = [:]
            phase = .objectOpen
        } else {
            phase = .whole
        }
    }

    /// A byte between elements of a streamed array, or after the top-level value.
    private mutating func between(_ byte: UInt8, at offset: Int) throws {
        if Self.isSpace(byte) { return }
        switch (phase, byte) {
        case (.open, UInt8(ascii: "]")), (.afterElement, UInt8(ascii: "]")):
            phase = inMember ? .afterMember : .closed
            inMember = false
        case (.afterElement, UInt8(ascii: ",")): phase = .afterComma
        case (.afterElement, _): throw JSONProblem("a ']' is missing", at: offset)
        case (.closed, _): throw JSONProblem("unexpected text after the end", at: offset)
        default: start(.element, byte, at: offset)
        }
    }

    /// A byte of a top-level object outside its members' names and values.
    private mutating func inObject(_ byte: UInt8, at offset: Int) throws {
        if Self.isSpace(byte) { return }
        switch (phase, byte) {
        case (.objectOpen, UInt8(ascii: "}")), (.afterMember, UInt8(ascii: "}")): phase = .closed
        case (.objectOpen, UInt8(ascii: "\"")), (.beforeKey, UInt8(ascii: "\"")): start(.key, byte, at: offset)
        case (.objectOpen, _), (.beforeKey, _): throw JSONProblem("a member name is missing", at: offset)
        case (.afterKey, UInt8(ascii: ":")): phase = .beforeValue
        case (.afterKey, _): throw JSONProblem("a ':' is missing", at: offset)
        case (.afterMember, UInt8(ascii: ",")): phase = .beforeKey
        case (.afterMember, _): throw JSONProblem("a '}' is missing", at: offset)
        default:
            guard byte == UInt8(ascii: "["), streams(key) else { return start(.value, byte, at: offset) }
            streamedMembers += 1
            inMember = true
            phase = .open
        }
    }

    private func streams(_ name: String) -> Bool {
        switch arrays {
        case .none: false
        case .named(let names): names.contains(name)
        case .first: streamedMembers == 0
        }
    }

    /// Starts cutting an element, a member's name or a member's value at its first byte.
    private mutating func start(_ next: Phase, _ byte: UInt8, at offset: Int) {
        buffer.removeAll(keepingCapacity: true)
        buffer.append(byte)
        elementStart = offset
        cut = JSONElementCut(first: byte, depth: inMember ? 2 : 1, inObject: next == .value)
        phase = next
    }

    private mutating func cutElement(
        _ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ member: MemberBody, _ body: Body
    ) throws -> Int {
        let (end, stop) = cut.scan(bytes, from: index)
        buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
        try checkHeld()
        switch stop {
        case .incomplete: break
        case .complete: try complete(member, body)
        // The parser reaches the same depth in these bytes and names the problem, or an earlier one.
        case .tooDeep: _ = try parseElement()
        }
        return end
    }

    private mutating func complete(_ member: MemberBody, _ body: Body) throws {
        switch phase {
        case .key:
            key = try parseElement().rawString ?? ""
            phase = .afterKey
        case .value:
            let value = try parseElement()
            phase = .afterMember
            measured(buffer.count)
            gathered?[key] = value
            try member(key, value)
        default: try emit(body)
        }
    }

    private mutating func emit(_ body: Body) throws {
        let value = try parseElement()
        phase = .afterElement
        measured(buffer.count)
        try body(value)
    }

    /// Stops a value, or a file read whole, once it holds more than `JSONLimits.valueBytes`.
    private func checkHeld() throws {
        guard buffer.count > JSONLimits.valueBytes else { return }
        throw JSONTooLarge.value(at: phase == .whole || phase == .leading ? 0 : elementStart)
    }

    private func parseElement() throws -> JSONValue {
        try buffer.withUnsafeBufferPointer { try JSONParser.element($0, at: elementStart, depth: inMember ? 2 : 1) }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }
}
