import Foundation

/// The report as one JSON document for scripts; its keys are snake_case and documented, with their
/// version, in docs/report-json-schema.md.
public enum ReportJSON {
    public static func text(_ content: ReportContent) throws -> String {
        try text(encoding: content)
    }

    /// Any document in the report's style, such as `exposure diff`'s: snake_case keys, sorted, and a
    /// value that is not known left out rather than null.
    static func text(encoding value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}
