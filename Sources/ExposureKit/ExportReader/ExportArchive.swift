import Foundation

/// The files of one export across all its parts, indexed once, so importers can look files up by
/// their path below the export's root and read them without extracting anything.
public final class ExportArchive {
    /// The paths the user gave, one per part.
    public let partPaths: [String]
    /// What the export calls itself: its root folder, else the first part's name.
    public let name: String
    /// Every file of the export, sorted by path, operating-system clutter left out.
    public let entries: [ExportEntry]
    /// Paths found in more than one part; the first part's copy is used.
    public let duplicatePaths: [String]
    private let reader: EntryReader
    private let byPath: [String: ExportEntry]
    private let resolver: PathResolver

    /// Opens every part and indexes its files; throws a user-facing `ExportError`.
    public init(paths: [String]) throws {
        let parts = try paths.map(Self.openPart)
        var index: [String: ExportEntry] = [:]
        var duplicates: [String] = []
        var rootName: String?
        for (number, part) in parts.enumerated() {
            let members = try part.members().filter { !ExportRoot.isJunk($0.location) }
            let wrappers = ExportRoot.wrappers(of: members.map(\.location))
            rootName = rootName ?? wrappers.last
            let prefixLength = wrappers.reduce(0) { $0 + $1.count + 1 }
            for member in members {
                let path = String(member.location.dropFirst(prefixLength))
                guard index[path] == nil else {
                    duplicates.append(path)
                    continue
                }
                index[path] = ExportEntry(
                    path: path, part: number, location: member.location, size: member.size, crc32: member.crc32,
                    stamp: member.stamp)
            }
        }
        self.partPaths = paths
        self.reader = EntryReader(parts: parts)
        self.byPath = index
        self.entries = index.values.sorted { $0.path < $1.path }
        self.duplicatePaths = duplicates.sorted()
        self.name = rootName ?? Self.nameOfPart(parts[0].url)
        self.resolver = PathResolver(byPath: index, entries: entries)
    }

    /// The file at `path` below the export's root.
    public func entry(at path: String) -> ExportEntry? { byPath[path] }

    /// Where a file of this export sits in `entries`, for per-file marks kept in a plain array.
    func position(of entry: ExportEntry) -> Int {
        var range = entries.startIndex..<entries.endIndex
        while range.count > 1 {
            let middle = range.lowerBound + range.count / 2
            range = entry.path < entries[middle].path ? range.lowerBound..<middle : middle..<range.upperBound
        }
        return range.lowerBound
    }

    /// The file a JSON `uri` means, found by exact path, then path suffix, then file name.
    public func resolve(uri: String) -> ExportEntry? { resolver.resolve(uri) }

    /// The whole file, for JSON.
    public func data(of entry: ExportEntry) throws -> Data {
        try reader.data(of: entry)
    }

    /// Hands the file's bytes to `consumer` chunk by chunk until it returns false, for JSON too large to hold whole.
    public func stream(_ entry: ExportEntry, chunkSize: Int = 256 * 1024, _ consumer: (Data) throws -> Bool) throws {
        try reader.stream(entry, chunkSize: chunkSize, consumer)
    }

    /// A reader with file handles of its own, for one of several threads reading media at once.
    public func makeReader() throws -> EntryReader {
        try reader.reopened()
    }

    /// Changes whenever any file of the export changes, so an unchanged export need not be read again.
    public var stamp: String {
        var hash = StableHash()
        for entry in entries { hash.add(entry.path + "\t" + entry.stamp + "\n") }
        return hash.hex
    }

    /// The file on disk for a folder export; nil inside a zip.
    public func fileURL(of entry: ExportEntry) -> URL? { reader.fileURL(of: entry) }

    private static func openPart(_ path: String) throws -> any ExportPart {
        let url = URL(fileURLWithPath: path)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
            throw ExportError.notFound(path)
        }
        return isFolder.boolValue ? FolderPart(url: url) : try ZipPart(url: url)
    }

    /// A zip's name without `.zip` and without a trailing part number such as `-part2` or `_part_2`.
    private static func nameOfPart(_ url: URL) -> String {
        var name = url.deletingPathExtension().lastPathComponent
        if let range = name.range(of: #"[-_ ]?part[-_ ]?\d+$"#, options: [.regularExpression, .caseInsensitive]) {
            name.removeSubrange(range)
        }
        return name
    }
}
