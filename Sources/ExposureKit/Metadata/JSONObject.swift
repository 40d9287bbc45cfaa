import Foundation

/// A flat JSON object that keeps its keys in the given order, which `JSONEncoder` does not promise.
struct JSONObject {
    enum Value {
        case string(String)
        case number(Double)
    }

    private let fields: [(String, Value)]

    /// Keeps only the fields that have a value.
    init(_ fields: [(String, Value?)]) {
        self.fields = fields.compactMap { key, value in value.map { (key, $0) } }
    }

    var rendered: String {
        "{" + fields.map { "\(Self.quoted($0)): \(Self.render($1))" }.joined(separator: ", ") + "}"
    }

    private static func render(_ value: Value) -> String {
        switch value {
        case .string(let text): return quoted(text)
        case .number(let number):
            guard number.isFinite else { return "null" }
            return number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : "\(number)"
        }
    }

    private static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20: result += String(format: "\\u%04x", scalar.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
