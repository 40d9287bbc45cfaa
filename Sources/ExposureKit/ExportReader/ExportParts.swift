/// Sorts the paths given to one scan into exports, so that a Facebook and an Instagram download
/// passed together (`exposure scan ~/Downloads/*.zip`) are scanned as two exports, not read as one.
///
/// Meta names every download after its platform (`facebook-jdoe-2024-11-18-Ab12Cd34.zip`,
/// `instagram-jdoe-2025-03-17-…`); parts whose names say neither belong with the rest, as long as
/// the rest are of one platform.
public enum ExportParts {
    /// The exports among `paths`, each with its parts in the order given; exports in order of first mention.
    public static func group(_ paths: [String]) throws -> [[String]] {
        var groups: [(platform: Platform, parts: [String])] = []
        var unnamed: [String] = []
        for path in paths {
            guard let platform = platform(named: path) else {
                unnamed.append(path)
                continue
            }
            if let index = groups.firstIndex(where: { $0.platform == platform }) {
                groups[index].parts.append(path)
            } else {
                groups.append((platform, [path]))
            }
        }
        guard groups.count > 1 else { return [paths] }
        if let stray = unnamed.first { throw ExportError.partOfNeitherExport(stray) }
        return groups.map(\.parts)
    }

    /// The platform a part's file or folder name starts with, if any.
    static func platform(named path: String) -> Platform? {
        let name = path.split(separator: "/").last.map { $0.lowercased() } ?? ""
        if name.hasPrefix("facebook") { return .facebook }
        if name.hasPrefix("instagram") { return .instagram }
        return nil
    }
}
