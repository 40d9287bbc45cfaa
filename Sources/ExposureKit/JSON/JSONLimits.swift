/// The most one JSON file and one JSON value may cost a scan, so that no file of an export decides
/// its memory or time: a file that passes a limit is skipped with a warning naming it, and the scan
/// goes on (issue 16; docs/hostile-input.md has the measurements behind the numbers).
public enum JSONLimits {
    /// Largest value held at once: one element of a streamed list, one member of a top-level object, or
    /// a whole file read as one value. Meta's posts and photos take a few kilobytes each; a value of this
    /// size parses to well under the scan's 150 MB memory target.
    public static let valueBytes = 8 * 1024 * 1024
    /// Largest JSON file read, after inflating: about a second of inflating and splitting, and many times
    /// Meta's largest posts files (they split a long history over `your_posts_1.json`, `_2`, …).
    public static let fileBytes: Int64 = 256 * 1024 * 1024
    /// JSON text parsed ahead of the importer and not yet taken by it: bounds the hand-off between the
    /// reading thread and the importing one, which otherwise holds up to 64 values of any size.
    static let bytesInFlight = 32 * 1024 * 1024
}

/// A JSON file or value past `JSONLimits`, worded as the reason a file was skipped.
public struct JSONTooLarge: Error, CustomStringConvertible {
    public let description: String

    /// A value larger than `JSONLimits.valueBytes`, starting at byte `offset` of the file.
    static func value(at offset: Int) -> JSONTooLarge {
        JSONTooLarge(description: "one of its values, at byte \(offset), is larger than the "
            + "\(JSONLimits.valueBytes / 1_048_576) MiB Exposure reads of one value; Meta's files hold no such value")
    }

    /// A file larger than `JSONLimits.fileBytes` once inflated.
    static var file: JSONTooLarge {
        JSONTooLarge(description: "it is larger than the \(JSONLimits.fileBytes / 1_048_576) MiB Exposure reads "
            + "of one JSON file; Meta splits longer histories over numbered files")
    }
}
