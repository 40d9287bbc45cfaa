import Foundation

/// One file of an export, named by its path below the export's root, whichever part holds it.
///
/// Kept small (no name in the part, no stamp text, the path a slice of one text shared by every
/// entry) because an archive holds one per file of the export.
public struct ExportEntry: Sendable, Hashable {
    private let paths: PathText
    private let start: UInt32
    private let end: UInt32
    /// Index of the part (zip or folder) that holds the file.
    public let part: Int
    public let size: UInt64
    /// The CRC-32 the zip records, so a rescan can tell an unchanged file without reading it.
    public let crc32: UInt32?
    /// The file's position in its part's listing, which is how a zip finds it.
    let member: Int32
    /// Seconds since 1970 for a folder's file; 0 in a zip.
    let modified: Double

    /// The entry whose path was appended to `paths` between the UTF-8 offsets `start` and `end`.
    init(paths: PathText, start: Int, end: Int, part: Int, size: UInt64, crc32: UInt32?, member: Int32, modified: Double) {
        (self.paths, self.start, self.end) = (paths, UInt32(start), UInt32(end))
        (self.part, self.size, self.crc32, self.member, self.modified) = (part, size, crc32, member, modified)
    }

    /// Relative to the export's root folder, `/`-separated.
    public var path: String { String(pathText) }

    /// The path without a copy, for searches that compare many paths.
    var pathText: Substring { paths.slice(start, end) }

    public static func == (a: ExportEntry, b: ExportEntry) -> Bool {
        (a.part, a.member, a.size, a.crc32, a.modified) == (b.part, b.member, b.size, b.crc32, b.modified)
            && a.pathText == b.pathText
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(pathText)
        hasher.combine(part)
        hasher.combine(member)
    }

    /// CRC and size (zip) or modification time and size (folder): equal stamps mean an unchanged file.
    /// Databases keep these texts from earlier scans, so their wording must never change.
    public var stamp: String {
        if let crc32 { return "crc32:\(String(crc32, radix: 16)):\(size)" }
        return "mtime:\(modified):\(size)"
    }

    /// The last path component (an entry's path never ends in `/`).
    public var fileName: Substring {
        let path = pathText
        guard let slash = path.lastIndex(of: "/") else { return path }
        return path[path.index(after: slash)...]
    }

    /// The lower-cased extension, empty when the name has none.
    public var fileExtension: String {
        let name = fileName
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }
}

/// The paths of an export's files, one after another in one string: a string per path cost about
/// 45 bytes more per file, the largest part of what a scan's memory grows by with the export.
///
/// Unchecked `Sendable`: paths are appended only while the archive is indexed, before any entry
/// leaves the thread that opened it; after that the text is only read.
final class PathText: @unchecked Sendable {
    private(set) var text = ""

    /// Appends `path` and returns its UTF-8 offsets.
    func append(_ path: Substring) -> (start: Int, end: Int) {
        let start = text.utf8.count
        text += path
        return (start, text.utf8.count)
    }

    /// Makes room for `bytes` more, so the text is not regrown path by path.
    func reserve(_ bytes: Int) {
        text.reserveCapacity(text.utf8.count + bytes)
    }

    func slice(_ start: UInt32, _ end: UInt32) -> Substring {
        let utf8 = text.utf8
        return text[utf8.index(utf8.startIndex, offsetBy: Int(start))..<utf8.index(utf8.startIndex, offsetBy: Int(end))]
    }
}
