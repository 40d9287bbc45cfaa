import Foundation

/// Identifies an export's zip files by path, size and modification time, so a rescan of unchanged
/// zips is recognised without opening them. Folders have no such stamp: their files must be listed.
enum PartsStamp {
    /// Nil when a part is a folder or cannot be looked at.
    static func of(_ paths: [String], readerVersion: String) -> String? {
        var hash = StableHash()
        hash.add(readerVersion)
        for path in paths {
            let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
            guard let (size, modified) = regularFile(absolute) else { return nil }
            hash.add("\(absolute)|\(size)|\(modified)\n")
        }
        return hash.hex
    }

    /// Size and modification time through `stat` itself: `FileManager` also looks up the owner's
    /// name, which cost a rescan about a millisecond per part.
    private static func regularFile(_ path: String) -> (size: Int64, modified: Double)? {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        #if os(Linux)
        let time = info.st_mtim
        #else
        let time = info.st_mtimespec
        #endif
        return (Int64(info.st_size), Double(time.tv_sec) + Double(time.tv_nsec) / 1_000_000_000)
    }
}
