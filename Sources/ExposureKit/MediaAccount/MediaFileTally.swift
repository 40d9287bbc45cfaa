/// Every media file of an export, accounted for: explained by a reader, left out on purpose, or
/// named by a JSON file no reader knows. A file Meta adds to its exports then shows up at once.
public struct MediaFileTally: Sendable, Codable, Equatable {
    /// A media file that only a JSON file no reader knows names.
    public struct Unexplained: Sendable, Codable, Equatable {
        public var file: String
        /// The first JSON file that names it.
        public var namedBy: String
    }

    /// Named by a reader (as an item, a thumbnail, a cover or a reply of Meta AI), or named by no JSON
    /// at all and so listed as an unreferenced item.
    public var explained = 0
    /// Why files were left out (`value`: messages, stickers, …), and how many for each reason.
    public var leftOut: [ExportSummary.Tally] = []
    public var unexplained: [Unexplained] = []

    public var leftOutCount: Int { leftOut.reduce(0) { $0 + $1.count } }

    /// "412 explained, 35 left out (messages 30, subtitles 5), 0 unexplained".
    public var words: String {
        let reasons = leftOut.map { "\($0.value) \($0.count)" }.joined(separator: ", ")
        return "\(explained) explained, \(leftOutCount) left out" + (reasons.isEmpty ? "" : " (\(reasons))")
            + ", \(unexplained.count) unexplained"
    }
}
