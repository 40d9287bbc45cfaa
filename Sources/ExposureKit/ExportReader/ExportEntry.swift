import Foundation

/// One file of an export, named by its path below the export's root, whichever part holds it.
///
/// Kept small (no name in the part, no stamp text) because an archive holds one per file of the export.
public struct ExportEntry: Sendable, Hashable {
    /// Relative to the export's root folder, `/`-separated.
    public let path: String
    /// Index of the part (zip or folder) that holds the file.
    public let part: Int
    public let size: UInt64
    /// The CRC-32 the zip records, so a rescan can tell an unchanged file without reading it.
    public let crc32: UInt32?
    /// The file's position in its part's listing, which is how a zip finds it.
    let member: Int32
    /// Seconds since 1970 for a folder's file; 0 in a zip.
    let modified: Double

    /// CRC and size (zip) or modification time and size (folder): equal stamps mean an unchanged file.
    /// Databases keep these texts from earlier scans, so their wording must never change.
    public var stamp: String {
        if let crc32 { return "crc32:\(String(crc32, radix: 16)):\(size)" }
        return "mtime:\(modified):\(size)"
    }

    /// The last path component (an entry's path never ends in `/`).
    public var fileName: Substring {
        guard let slash = path.lastIndex(of: "/") else { return Substring(path) }
        return path[path.index(after: slash)...]
    }

    /// The lower-cased extension, empty when the name has none.
    public var fileExtension: String {
        let name = fileName
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }
}
