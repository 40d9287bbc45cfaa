/// A flat JSON object that keeps its keys in the given order, which `JSONEncoder` does not promise.
struct JSONObject {
    private let fields: [(String, JSONValue)]

    /// Keeps only the fields that have a value.
    init(_ fields: [(String, JSONValue?)]) {
        self.fields = fields.compactMap { key, value in value.map { (key, $0) } }
    }

    var rendered: String {
        "{" + fields.map { "\(JSONValue.string($0).compactText): \($1.compactText)" }.joined(separator: ", ") + "}"
    }
}
