import Foundation

/// Reads the files of an export through handles of its own, because a zip handle keeps a file
/// position and must not be shared between threads.
///
/// Unchecked `Sendable`: a reader is handed to one worker thread and used by it alone.
public final class EntryReader: @unchecked Sendable {
    private let parts: [any ExportPart]

    init(parts: [any ExportPart]) {
        self.parts = parts
    }

    /// A second reader on the same parts with fresh handles.
    func reopened() throws -> EntryReader {
        EntryReader(parts: try parts.map { try $0.reopened() })
    }

    public func data(of entry: ExportEntry) throws -> Data {
        try parts[entry.part].data(entry.location)
    }

    /// Streams the file's bytes until `consumer` returns false.
    public func stream(_ entry: ExportEntry, chunkSize: Int = 64 * 1024, _ consumer: (Data) throws -> Bool) throws {
        try parts[entry.part].read(entry.location, chunkSize: chunkSize, consumer)
    }

    /// The file on disk for a folder export, which a reader may seek in; nil inside a zip.
    public func fileURL(of entry: ExportEntry) -> URL? {
        (parts[entry.part] as? FolderPart)?.url.appendingPathComponent(entry.location)
    }

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
