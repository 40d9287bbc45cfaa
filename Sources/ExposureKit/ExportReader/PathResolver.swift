/// Maps the `uri` strings of Meta's JSON to the files that really exist, because the JSON's folder
/// prefix is sometimes wrong (`your_activity_across_facebook/` for files under
/// `your_facebook_activity/`) and sometimes a web address instead of a path.
///
/// Searches sorted arrays rather than keeping dictionaries: the index costs four bytes per file.
struct PathResolver {
    /// The archive's entries, sorted by path, shared rather than copied.
    private let entries: [ExportEntry]
    /// Positions in `entries`, ordered by file name and, among equal names, by path.
    private let byName: [Int32]

    init(entries: [ExportEntry]) {
        self.entries = entries
        let names = entries.map(\.fileName)
        byName = (0..<Int32(entries.count)).sorted { left, right in
            let (one, other) = (names[Int(left)], names[Int(right)])
            return one < other || (one == other && left < right)
        }
    }

    /// The entry whose path is exactly `path`.
    func entry(at path: String) -> ExportEntry? {
        position(at: path).map { entries[$0] }
    }

    func resolve(_ uri: String) -> ExportEntry? {
        position(resolving: uri).map { entries[$0] }
    }

    /// Where the file `uri` means sits in `entries`, for callers that keep marks per file.
    func position(resolving uri: String) -> Int? {
        if let address = WebAddress(uri) {
            return named(Substring(address.fileName)).first.map(Int.init)
        }
        let path = Self.normalise(uri)
        if let exact = position(at: path) { return exact }
        let wanted = path.split(separator: "/")
        guard let name = wanted.last else { return nil }
        let best = named(name).max {
            Self.sharedTail(entries[Int($0)].pathText, wanted) < Self.sharedTail(entries[Int($1)].pathText, wanted)
        }
        return best.map(Int.init)
    }

    private func position(at path: String) -> Int? {
        let index = entries.lowerBound { $0.pathText < path }
        return index < entries.endIndex && entries[index].pathText == path ? index : nil
    }

    /// Positions of the entries called `name`, in path order.
    private func named(_ name: Substring) -> ArraySlice<Int32> {
        let start = byName.lowerBound { entries[Int($0)].fileName < name }
        let end = byName[start...].lowerBound { !(name < entries[Int($0)].fileName) }
        return byName[start..<end]
    }

    private static func normalise(_ uri: String) -> String {
        var path = Substring(uri)
        while path.hasPrefix("./") { path = path.dropFirst(2) }
        while path.hasPrefix("/") { path = path.dropFirst() }
        return String(path)
    }

    /// How many trailing path components two paths share.
    private static func sharedTail(_ path: Substring, _ wanted: [Substring]) -> Int {
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
