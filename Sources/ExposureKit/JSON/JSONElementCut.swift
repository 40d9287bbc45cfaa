/// Finds where one element of a top-level array ends in bytes that arrive in pieces, by tracking
/// strings, escapes and bracket depth; it checks nothing else, as the parser reads the element whole.
struct JSONElementCut {
    /// Why a scan stopped.
    enum Stop {
        /// The bytes ran out first.
        case incomplete
        /// The element ends where the scan stopped.
        case complete
        /// The element nests as deep as the parser allows, so reading on would only buffer a doomed element.
        case tooDeep
    }

    /// A number or literal, which ends at the first space, `,` or `]` (or `}` in an object) after its first byte.
    private let isScalar: Bool
    /// How deep the element sits: 1 in a top-level array or object, 2 in an array inside a top-level object.
    private let base: Int
    private let inObject: Bool
    private var depth = 0
    private var inString = false
    private var escaped = false

    /// Starts an element at its first byte, which the caller has already taken.
    init(first byte: UInt8, depth base: Int = 1, inObject: Bool = false) {
        self.base = base
        self.inObject = inObject
        switch byte {
        case UInt8(ascii: "["), UInt8(ascii: "{"): isScalar = false; depth = 1
        case UInt8(ascii: "\""): isScalar = false; inString = true
        default: isScalar = true
        }
    }

    /// Scans `bytes` from `start`; `end` is where the element's bytes in them stop.
    mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (end: Int, stop: Stop) {
        isScalar ? scanScalar(bytes, from: start) : scanNested(bytes, from: start)
    }

    private func scanScalar(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (end: Int, stop: Stop) {
        for index in start..<bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09, UInt8(ascii: ","), UInt8(ascii: "]"): return (index, .complete)
            case UInt8(ascii: "}") where inObject: return (index, .complete)
            default: continue
            }
        }
        return (bytes.count, .incomplete)
    }

    private mutating func scanNested(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (end: Int, stop: Stop) {
        for index in start..<bytes.count {
            let byte = bytes[index]
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                    if depth == 0 { return (index + 1, .complete) }
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth + base > JSONParser.maximumDepth { return (index + 1, .tooDeep) }
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth -= 1
                if depth == 0 { return (index + 1, .complete) }
            default:
                continue
            }
        }
        return (bytes.count, .incomplete)
    }
}
