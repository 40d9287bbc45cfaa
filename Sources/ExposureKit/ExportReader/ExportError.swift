import Foundation

/// Why an export cannot be scanned, worded for the person who downloaded it: the file, the problem,
/// and what to do next.
public enum ExportError: Error, Equatable, CustomStringConvertible {
    case notFound(String)
    case unreadableZip(String, String)
    case unreadableFolder(String)
    case unreadableMember(String, String, String)
    case vanished(String, String)
    case notAMetaExport(String)
    case unreadableJSON(String, String)
    case partOfNeitherExport(String)

    public var description: String {
        switch self {
        case .notFound(let path):
            return "\(path): no such file or folder. Give the path of the downloaded zip or of the folder it was extracted to."
        case .unreadableZip(let path, let why):
            return "\(path): cannot read this zip: \(why). Download the export again from Meta."
        case .unreadableFolder(let path):
            return "\(path): cannot list this folder. Check that it exists and that you may read it."
        case .unreadableMember(let part, let member, let why):
            return "\(part): cannot read \(member): \(why). Download this part of the export again."
        case .vanished(let part, let member):
            return "\(part): \(member) disappeared while it was being read. Leave the export unchanged during a scan and run it again."
        case .notAMetaExport(let path):
            return "\(path): this does not look like a Facebook or Instagram export (no file of Meta's JSON or HTML layouts was found). Give the zip or folder you downloaded from Meta's \"Download your information\"."
        case .unreadableJSON(let file, let why):
            return "\(file): cannot read this JSON file: \(why)."
        case .partOfNeitherExport(let path):
            return "\(path): given with both a Facebook and an Instagram export, and its name does not say which one it is part of. Scan each export on its own, with all of its parts: exposure scan PART..."
        }
    }
}
