import Foundation

/// Reads the files of an export through handles of its own, because a zip handle keeps a file
/// position and must not be shared between threads.
///
/// Unchecked `Sendable`: a reader is handed to one worker thread and used by it alone.
public final class EntryReader: @unchecked Sendable {
    private let parts: [any ExportPart]
    /// Each part's wrapper folders, `/`-terminated and often empty: a file's location in its part is
    /// this prefix followed by its path.
    private let prefixes: [String]

    init(parts: [any ExportPart], prefixes: [String]) {
        self.parts = parts
        self.prefixes = prefixes
    }

    /// A second reader on the same parts with fresh handles.
    func reopened() throws -> EntryReader {
        EntryReader(parts: try parts.map { try $0.reopened() }, prefixes: prefixes)
    }

    /// The whole file, never more than the size its part lists: a zip member that inflates past it
    /// (a deflate bomb behind a small listed size) stops with `ExportError.unreadableMember`.
    public func data(of entry: ExportEntry) throws -> Data {
        var whole = Data()
        try stream(entry, chunkSize: 1 << 20) { chunk in
            guard UInt64(whole.count + chunk.count) <= entry.size else {
                throw ExportError.unreadableMember(partPath(of: entry), location(of: entry), ZipDamage.brokenData.why)
            }
            whole.append(chunk)
            return true
        }
        return whole
    }

    /// Streams the file's bytes until `consumer` returns false.
    public func stream(_ entry: ExportEntry, chunkSize: Int = 64 * 1024, _ consumer: (Data) throws -> Bool) throws {
        try parts[entry.part].read(entry.member, at: location(of: entry), chunkSize: chunkSize, consumer)
    }

    /// Streams like `stream`, but passes over the bytes `skip` asks for before each chunk without reading them
    /// where the part can seek (a stored zip member), telling `skipped` how many; elsewhere they are streamed.
    func stream(
        _ entry: ExportEntry, chunkSize: Int, skip: () -> Int64, skipped: (Int64) -> Void, _ consumer: (Data) throws -> Bool
    ) throws {
        guard let zip = parts[entry.part] as? ZipPart else { return try stream(entry, chunkSize: chunkSize, consumer) }
        try zip.read(entry.member, at: location(of: entry), chunkSize: chunkSize, skip: skip, skipped: skipped, consumer)
    }

    /// Whether reading the file means inflating it (a deflated zip member), so skipping costs as much as reading.
    func isCompressed(_ entry: ExportEntry) -> Bool {
        (parts[entry.part] as? ZipPart)?.isCompressed(entry.member) ?? false
    }

    /// The file on disk for a folder export, which a reader may seek in; nil inside a zip.
    public func fileURL(of entry: ExportEntry) -> URL? {
        (parts[entry.part] as? FolderPart)?.url.appendingPathComponent(location(of: entry))
    }

    /// Where the part keeps a file, for messages: the full member name in a zip, the relative path in a folder.
    func location(of entry: ExportEntry) -> String { prefixes[entry.part] + entry.path }

    /// The path the user gave for the part that holds a file.
    func partPath(of entry: ExportEntry) -> String { parts[entry.part].url.path }
}

/// FNV-1a, 64 bits: the same text gives the same value in every run, unlike Swift's `Hasher`.
struct StableHash {
    private var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ text: String) {
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x100_0000_01b3
        }
    }

    var hex: String { String(value, radix: 16) }
}
