import Foundation

/// A parsed JSON document of unknown shape, because Meta's exports change shape from year to year
/// and a strict model would reject what a lenient reader can still use.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// Parses bytes, naming the problem in words when they are not JSON.
    public static func parse(_ data: Data) throws -> JSONValue {
        try JSONParser.parse(data)
    }

    /// The member `key` of an object; `.null` for anything else, so lookups chain without checks.
    public subscript(key: String) -> JSONValue {
        if case .object(let members) = self { return members[key] ?? .null }
        return .null
    }

    /// The raw string, exactly as decoded.
    public var rawString: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The string with Meta's byte escaping repaired; nil for empty strings and non-strings.
    public var text: String? {
        guard let raw = rawString, !raw.isEmpty else { return nil }
        return MetaText.repair(raw)
    }

    public var double: Double? {
        if case .number(let value) = self { return value }
        return nil
    }

    /// Whole numbers only, as Meta writes timestamps and counts.
    public var int: Int? {
        guard let value = double, value.rounded() == value, abs(value) < 9e15 else { return nil }
        return Int(value)
    }

    public var bool: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    public var array: [JSONValue]? {
        if case .array(let values) = self { return values }
        return nil
    }

    public var object: [String: JSONValue]? {
        if case .object(let members) = self { return members }
        return nil
    }

    /// The elements of an array, or an empty list for anything else.
    public var elements: [JSONValue] { array ?? [] }

    /// A one-element list for a lone object, because Meta writes single-item lists as bare objects.
    public var elementsOrSelf: [JSONValue] {
        if let values = array { return values }
        if object != nil { return [self] }
        return []
    }
}

/// Why a JSON file could not be read, in words meant for the user.
public struct JSONProblem: Error, CustomStringConvertible {
    public let description: String
}

extension JSONProblem {
    /// The problem `what` at byte `offset` of the file, in the one shape every JSON error takes.
    init(_ what: String, at offset: Int) {
        self.init(description: "it is not valid JSON (\(what), at byte \(offset))")
    }
}

extension JSONValue {
    /// Compact JSON with sorted keys, for storing Meta's fields in one column; faster than `JSONEncoder`
    /// for the tens of thousands of small objects a scan stores.
    public var compactText: String {
        var out = ""
        write(to: &out)
        return out
    }

    private func write(to out: inout String) {
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .number(let value):
            out += value.isFinite ? (value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)") : "null"
        case .string(let value): Self.quote(value, into: &out)
        case .array(let values):
            out += "["
            for (index, value) in values.enumerated() {
                if index > 0 { out += "," }
                value.write(to: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (index, key) in members.keys.sorted().enumerated() {
                if index > 0 { out += "," }
                Self.quote(key, into: &out)
                out += ":"
                members[key]!.write(to: &out)
            }
            out += "}"
        }
    }

    private static func quote(_ text: String, into out: inout String) {
        out += "\""
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            out += text
            out += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}

extension JSONValue: Encodable {
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let values): try container.encode(values)
        case .object(let members): try container.encode(members)
        }
    }
}
