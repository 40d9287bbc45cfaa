import Foundation

/// One file of an export, named by its path below the export's root, whichever part holds it.
public struct ExportEntry: Sendable, Hashable {
    /// Relative to the export's root folder, `/`-separated.
    public let path: String
    /// Index of the part (zip or folder) that holds the file.
    public let part: Int
    /// Where the part keeps it: the full member name in a zip, the relative path in a folder.
    let location: String
    public let size: UInt64
    /// The CRC-32 the zip records, so a rescan can tell an unchanged file without reading it.
    public let crc32: UInt32?
    /// CRC and size (zip) or modification time and size (folder): equal stamps mean an unchanged file.
    public let stamp: String

    /// The last path component.
    public var fileName: Substring { path.split(separator: "/").last ?? Substring(path) }

    /// The lower-cased extension, empty when the name has none.
    public var fileExtension: String {
        let name = fileName
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }
}
