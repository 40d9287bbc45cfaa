/// Which files of an export are photos or videos, so files no JSON mentions are still found.
enum MediaFiles {
    private static let photoExtensions: Set<String> = ["jpg", "jpeg", "png", "gif", "webp", "heic", "heif", "avif"]
    private static let videoExtensions: Set<String> = ["mp4", "mov", "m4v", "3gp"]
    /// Folders of private messages, stickers, the HTML viewer's own images and 2025's copies in
    /// `public-media/`: not the user's posted media.
    private static let ignoredFolders: Set<Substring> = [
        "messages", "inbox", "archived_threads", "filtered_threads", "message_requests", "e2ee_cutover",
        "direct", "stickers_used", "files", "public-media",
    ]
    /// Folders where Meta keeps media without an extension.
    private static let mediaFolders: Set<Substring> = ["media", "photos_and_videos", "photos", "videos", "stories", "reels"]

    /// Whether a file that no JSON mentions should be recorded as an unreferenced item.
    static func isPostedMedia(_ entry: ExportEntry) -> Bool {
        let folders = entry.path.split(separator: "/").dropLast()
        guard !folders.contains(where: ignoredFolders.contains) else { return false }
        let ext = entry.fileExtension
        if ext.isEmpty { return folders.contains(where: mediaFolders.contains) }
        return photoExtensions.contains(ext) || videoExtensions.contains(ext)
    }

    /// Photo or video by the file name alone, for files that are missing or unrecognisable.
    static func typeByExtension(_ path: String) -> MediaType? {
        let name = path.split(separator: "?").first.map(String.init) ?? path
        guard let dot = name.lastIndex(of: ".") else { return nil }
        let ext = name[name.index(after: dot)...].lowercased()
        if photoExtensions.contains(ext) { return .photo }
        if videoExtensions.contains(ext) { return .video }
        return nil
    }
}
