import Foundation

/// The report as one JSON document for scripts; its keys are snake_case and documented, with their
/// version, in docs/report-json-schema.md.
public enum ReportJSON {
    public static func text(_ content: ReportContent) throws -> String {
        try encode(content)
    }

    /// Any of Exposure's JSON documents, in the same conventions.
    static func encode(_ content: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(content), as: UTF8.self) + "\n"
    }
}
