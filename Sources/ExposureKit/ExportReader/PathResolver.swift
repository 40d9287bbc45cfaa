/// Maps the `uri` strings of Meta's JSON to the files that really exist, because the JSON's folder
/// prefix is sometimes wrong (`your_activity_across_facebook/` for files under
/// `your_facebook_activity/`) and sometimes a web address instead of a path.
struct PathResolver {
    private let byPath: [String: ExportEntry]
    private let byName: [Substring: [ExportEntry]]

    /// `byPath` is the archive's own index, shared rather than built twice.
    init(byPath: [String: ExportEntry], entries: [ExportEntry]) {
        self.byPath = byPath
        byName = Dictionary(grouping: entries, by: \.fileName)
    }

    func resolve(_ uri: String) -> ExportEntry? {
        if let address = WebAddress(uri) {
            return byName[Substring(address.fileName)]?.first
        }
        let path = Self.normalise(uri)
        if let exact = byPath[path] { return exact }
        let wanted = path.split(separator: "/")
        guard let name = wanted.last, let candidates = byName[name] else { return nil }
        return candidates.max { Self.sharedTail($0.path, wanted) < Self.sharedTail($1.path, wanted) }
    }

    private static func normalise(_ uri: String) -> String {
        var path = Substring(uri)
        while path.hasPrefix("./") { path = path.dropFirst(2) }
        while path.hasPrefix("/") { path = path.dropFirst() }
        return String(path)
    }

    /// How many trailing path components two paths share.
    private static func sharedTail(_ path: String, _ wanted: [Substring]) -> Int {
        let have = path.split(separator: "/")
        return zip(have.reversed(), wanted.reversed()).prefix { $0 == $1 }.count
    }
}

/// An `http(s)://` media address, which Meta sometimes writes in place of the file's path.
private struct WebAddress {
    let fileName: String

    init?(_ uri: String) {
        let lower = uri.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else { return nil }
        let withoutQuery = uri.split(separator: "?", maxSplits: 1).first ?? Substring(uri)
        guard let last = withoutQuery.split(separator: "/").last, !last.contains(":") else { return nil }
        fileName = String(last)
    }
}
