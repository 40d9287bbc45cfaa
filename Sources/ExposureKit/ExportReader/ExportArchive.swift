import Foundation

/// The files of one export across all its parts, indexed once, so importers can look files up by
/// their path below the export's root and read them without extracting anything.
public final class ExportArchive {
    /// The paths the user gave, one per part.
    public let partPaths: [String]
    /// What the export calls itself: its root folder, else the first part's name.
    public let name: String
    /// Every file of the export, sorted by path, operating-system clutter left out: the archive's only
    /// copy of its entries, searched rather than hashed so the index stays small.
    public let entries: [ExportEntry]
    /// Paths found in more than one part; the first part's copy is used.
    public let duplicatePaths: [String]
    /// The reader of the thread that opened the export; the JSON reader lends it to one worker at a time.
    let reader: EntryReader
    /// The media references of the JSON files read whole so far, for the media account.
    let readReferences = ReadJSONReferences()
    private let resolver: PathResolver

    /// Opens every part and indexes its files; throws a user-facing `ExportError`.
    public init(paths: [String]) throws {
        let parts = try paths.map(Self.openPart)
        var found: [ExportEntry] = []
        var prefixes: [String] = []
        var rootName: String?
        let text = PathText()
        for (number, part) in parts.enumerated() {
            let wrappers = try Self.list(part, number: number, into: &found, text: text)
            prefixes.append(wrappers.map { $0 + "/" }.joined())
            rootName = rootName ?? wrappers.last
        }
        self.duplicatePaths = Self.keepFirstCopies(&found)
        self.partPaths = paths
        self.reader = EntryReader(parts: parts, prefixes: prefixes)
        self.entries = found
        self.name = rootName ?? Self.nameOfPart(parts[0].url)
        self.resolver = PathResolver(entries: found)
    }

    /// The file at `path` below the export's root.
    public func entry(at path: String) -> ExportEntry? { resolver.entry(at: path) }

    /// Where the file a JSON `uri` means sits in `entries`, for per-file marks kept in a plain array.
    func position(resolving uri: String) -> Int? { resolver.position(resolving: uri) }

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

    /// Appends the part's files, clutter left out, and returns the wrapper folders stripped from their locations.
    private static func list(_ part: any ExportPart, number: Int, into found: inout [ExportEntry], text: PathText) throws -> [String] {
        let members = try part.members()
        let kept = members.indices.filter { !ExportRoot.isJunk(members[$0].location) }
        let wrappers = ExportRoot.wrappers(of: kept.map { members[$0].location })
        let prefixLength = wrappers.reduce(0) { $0 + $1.count + 1 }
        found.reserveCapacity(found.count + kept.count)
        text.reserve(kept.reduce(0) { $0 + members[$1].location.utf8.count - prefixLength })
        for index in kept {
            let member = members[index]
            let (start, end) = text.append(member.location.dropFirst(prefixLength))
            found.append(ExportEntry(
                paths: text, start: start, end: end, part: number, size: member.size,
                crc32: member.crc32, member: Int32(index), modified: member.modified))
        }
        return wrappers
    }

    /// Sorts by path and keeps one entry per path: the first part's, and within a part the first listed.
    /// Returns the paths of the copies left out.
    private static func keepFirstCopies(_ entries: inout [ExportEntry]) -> [String] {
        entries.sort { ($0.pathText, $0.part, $0.member) < ($1.pathText, $1.part, $1.member) }
        var duplicates: [String] = []
        var kept = 0
        for index in entries.indices {
            if kept > 0, entries[kept - 1].pathText == entries[index].pathText {
                duplicates.append(entries[index].path)
            } else {
                entries[kept] = entries[index]
                kept += 1
            }
        }
        entries.removeLast(entries.count - kept)
        return duplicates
    }

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
