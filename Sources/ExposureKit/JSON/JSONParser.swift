import Foundation

/// Parses JSON bytes straight into `JSONValue`.
///
/// Measured on a 1.5 MB posts file: `JSONDecoder` into an enum spends most of its time building the
/// errors of failed type guesses, and `JSONSerialization` on Linux most of its time bridging to
/// `NSDictionary`; this direct parser avoids both. Nesting is capped so hostile input cannot
/// exhaust the stack.
struct JSONParser {
    static let maximumDepth = 512

    private let bytes: UnsafeBufferPointer<UInt8>
    /// Where `bytes` start in the file, so errors name file offsets.
    private let offset: Int
    private var index = 0
    private var depth: Int

    /// Parses a whole file held in memory.
    static func parse(_ data: Data) throws -> JSONValue {
        try data.withUnsafeBytes { raw in try parse(raw.bindMemory(to: UInt8.self)) }
    }

    /// Parses a whole file, skipping a byte order mark.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws -> JSONValue {
        var parser = JSONParser(bytes: bytes, offset: 0, depth: 0)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.index = 3 }
        let value = try parser.value()
        parser.skipSpace()
        guard parser.index == bytes.count else { throw parser.problem("unexpected text after the end") }
        return value
    }

    /// Parses one element of a top-level array, cut from the file at `offset` by `JSONElementSplitter`:
    /// nesting counts the array around it, and bytes left over mean the array lacks its `,` or `]` there.
    static func element(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, depth: Int = 1) throws -> JSONValue {
        var parser = JSONParser(bytes: bytes, offset: offset, depth: depth)
        let value = try parser.value()
        guard parser.index == bytes.count else { throw parser.problem("a ']' is missing") }
        return value
    }

    private init(bytes: UnsafeBufferPointer<UInt8>, offset: Int, depth: Int) {
        self.bytes = bytes
        self.offset = offset
        self.depth = depth
    }

    private mutating func value() throws -> JSONValue {
        skipSpace()
        guard index < bytes.count else { throw problem("it ends too early") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try nested { try $0.object() }
        case UInt8(ascii: "["): return try nested { try $0.array() }
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        default: return .number(try number())
        }
    }

    private mutating func nested(_ body: (inout JSONParser) throws -> JSONValue) throws -> JSONValue {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else { throw problem("it is nested more than \(Self.maximumDepth) levels deep") }
        index += 1
        return try body(&self)
    }

    private mutating func object() throws -> JSONValue {
        var members: [String: JSONValue] = [:]
        skipSpace()
        if try consume(UInt8(ascii: "}")) { return .object(members) }
        repeat {
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw problem("a member name is missing") }
            let key = try string()
            skipSpace()
            guard try consume(UInt8(ascii: ":")) else { throw problem("a ':' is missing") }
            members[key] = try value()
            skipSpace()
        } while try consume(UInt8(ascii: ","))
        guard try consume(UInt8(ascii: "}")) else { throw problem("a '}' is missing") }
        return .object(members)
    }

    private mutating func array() throws -> JSONValue {
        var elements: [JSONValue] = []
        skipSpace()
        if try consume(UInt8(ascii: "]")) { return .array(elements) }
        repeat {
            elements.append(try value())
            skipSpace()
        } while try consume(UInt8(ascii: ","))
        guard try consume(UInt8(ascii: "]")) else { throw problem("a ']' is missing") }
        return .array(elements)
    }

    private mutating func string() throws -> String {
        index += 1
        let start = index
        while index < bytes.count, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "\\") { index += 1 }
        guard index < bytes.count else { throw problem("a string is not closed") }
        if bytes[index] == UInt8(ascii: "\"") {
            defer { index += 1 }
            return try text(start..<index)
        }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: try text(start..<index).unicodeScalars)
        return try escapedRest(into: &scalars)
    }

    private mutating func escapedRest(into scalars: inout String.UnicodeScalarView) throws -> String {
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return String(scalars)
            }
            if byte == UInt8(ascii: "\\") {
                scalars.append(try escape())
                continue
            }
            let start = index
            while index < bytes.count, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "\\") { index += 1 }
            scalars.append(contentsOf: try text(start..<index).unicodeScalars)
        }
        throw problem("a string is not closed")
    }

    private mutating func escape() throws -> Unicode.Scalar {
        index += 1
        guard index < bytes.count else { throw problem("a string is not closed") }
        let code = bytes[index]
        index += 1
        switch code {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{8}"
        case UInt8(ascii: "f"): return "\u{C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"): return try unicodeEscape()
        default: throw problem("a string has an unknown escape")
        }
    }

    private mutating func unicodeEscape() throws -> Unicode.Scalar {
        let first = try hex4()
        guard (0xD800...0xDBFF).contains(first) else { return Unicode.Scalar(first) ?? "\u{FFFD}" }
        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
            return "\u{FFFD}"
        }
        index += 2
        let second = try hex4()
        guard (0xDC00...0xDFFF).contains(second) else { return "\u{FFFD}" }
        return Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)) ?? "\u{FFFD}"
    }

    /// Reads no byte past the first that is not a digit, so a file read in pieces fails at the same byte.
    private mutating func hex4() throws -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count else { throw problem("a \\u escape is cut short") }
            guard let digit = Character(Unicode.Scalar(bytes[index])).hexDigitValue else { throw problem("a \\u escape is not hexadecimal") }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    private mutating func number() throws -> Double {
        let start = index
        while index < bytes.count, Self.isNumberByte(bytes[index]) { index += 1 }
        guard index > start, let value = Double(try text(start..<index)) else { throw problem("a value is not valid") }
        return value
    }

    private mutating func literal(_ word: StaticString) throws {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count,
              UnsafeBufferPointer(start: word.utf8Start, count: count).elementsEqual(bytes[index..<index + count])
        else { throw problem("a value is not valid") }
        index += count
    }

    private mutating func consume(_ byte: UInt8) throws -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    private mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    private static func isNumberByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."),
             UInt8(ascii: "e"), UInt8(ascii: "E"): return true
        default: return false
        }
    }

    private func text(_ range: Range<Int>) throws -> String {
        guard let text = String(validating: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) else {
            throw problem("it is not valid UTF-8")
        }
        return text
    }

    private func problem(_ what: String) -> JSONProblem {
        JSONProblem(what, at: offset + index)
    }
}
