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
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: absolute),
                  attributes[.type] as? FileAttributeType == .typeRegular,
                  let size = attributes[.size] as? NSNumber, let modified = attributes[.modificationDate] as? Date
            else { return nil }
            hash.add("\(absolute)|\(size)|\(modified.timeIntervalSince1970)\n")
        }
        return hash.hex
    }
}
