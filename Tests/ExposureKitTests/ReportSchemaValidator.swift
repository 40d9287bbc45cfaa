import Foundation

/// The part of JSON Schema (2020-12) that docs/report.schema.json uses: type, const, enum, minimum,
/// maximum, properties, required, additionalProperties: false, items and local $refs. Enough to hold
/// `exposure report --format json` to its documented shape without a validator package.
struct ReportSchemaValidator {
    let root: [String: Any]

    init(schemaFile: URL) throws {
        root = try JSONSerialization.jsonObject(with: Data(contentsOf: schemaFile)) as? [String: Any] ?? [:]
    }

    /// Every way `value` breaks the schema, as "path: problem"; empty when it is valid.
    func problems(_ value: Any) -> [String] {
        problems(value, root, at: "$")
    }

    private func problems(_ value: Any, _ schema: [String: Any], at path: String) -> [String] {
        if let ref = schema["$ref"] as? String { return problems(value, resolve(ref), at: path) }
        var found: [String] = []
        if let type = schema["type"] as? String, !matches(value, type) { return ["\(path): not of type \(type)"] }
        if let constant = schema["const"], !same(value, constant) { found.append("\(path): is not \(constant)") }
        if let options = schema["enum"] as? [Any], !options.contains(where: { same(value, $0) }) {
            found.append("\(path): \(value) is not one of \(options)")
        }
        if let number = value as? NSNumber {
            if let minimum = schema["minimum"] as? Double, number.doubleValue < minimum { found.append("\(path): below \(minimum)") }
            if let maximum = schema["maximum"] as? Double, number.doubleValue > maximum { found.append("\(path): above \(maximum)") }
        }
        if let object = value as? [String: Any] { found += objectProblems(object, schema, at: path) }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (index, element) in array.enumerated() { found += problems(element, items, at: "\(path)[\(index)]") }
        }
        return found
    }

    private func objectProblems(_ object: [String: Any], _ schema: [String: Any], at path: String) -> [String] {
        let properties = schema["properties"] as? [String: [String: Any]] ?? [:]
        var found = (schema["required"] as? [String] ?? []).filter { object[$0] == nil }.map { "\(path): lacks \($0)" }
        for (key, value) in object {
            if let property = properties[key] {
                found += problems(value, property, at: "\(path).\(key)")
            } else if schema["additionalProperties"] as? Bool == false {
                found.append("\(path): has undocumented key \(key)")
            }
        }
        return found
    }

    private func resolve(_ ref: String) -> [String: Any] {
        ref.dropFirst(2).split(separator: "/").reduce(root) { node, key in node[String(key)] as? [String: Any] ?? [:] }
    }

    private func matches(_ value: Any, _ type: String) -> Bool {
        let number = value as? NSNumber
        let isBool = number.map { String(cString: $0.objCType) == "c" } ?? false
        switch type {
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        case "string": return value is String
        case "boolean": return isBool
        case "integer": return !isBool && number.map { $0.doubleValue == $0.doubleValue.rounded() } ?? false
        case "number": return !isBool && number != nil
        default: return false
        }
    }

    private func same(_ value: Any, _ other: Any) -> Bool {
        (value as? NSObject)?.isEqual(other) ?? false
    }
}
