import Foundation

/// Accounts for every media file of an export after its readers ran, walking every JSON file once
/// for the media it names (message threads other than Meta AI's are not walked: their media are
/// left out by folder).
enum MediaFileAccount {
    /// The tally, given which files the readers named (`isNamed` takes a position in `archive.entries`)
    /// and which JSON files they could not read, whose media their warning already explains.
    static func tally(_ archive: ExportArchive, isNamed: (Int) -> Bool, unreadJSON: Set<String>) throws -> MediaFileTally {
        var tally = MediaFileTally()
        var leftOut: [String: Int] = [:]
        var unnamed: [Int] = []
        for (position, entry) in archive.entries.enumerated() where isMedia(entry) {
            if isNamed(position) {
                tally.explained += 1
            } else if let reason = leftOutReason(entry) {
                leftOut[reason, default: 0] += 1
            } else {
                unnamed.append(position)
            }
        }
        let namedBy = unnamed.isEmpty ? [:] : try walk(archive, lookingFor: Set(unnamed))
        for position in unnamed {
            if let json = namedBy[position], unreadJSON.contains(json) {
                leftOut["named by a JSON file that could not be read", default: 0] += 1
            } else if let json = namedBy[position] {
                tally.unexplained.append(.init(file: archive.entries[position].path, namedBy: json))
            } else {
                tally.explained += 1
            }
        }
        tally.leftOut = leftOut.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { .init(value: $0.key, count: $0.value) }
        return tally
    }

    /// Which of the `wanted` media files some walked JSON file names, with the first such file. Files an
    /// importer read whole give the references found as it read them; only the others are inflated
    /// here. A `uri` is resolved only when its file name is a wanted file's: resolving every reference
    /// again, most of them the readers' own, was most of what the walk cost.
    static func walk(_ archive: ExportArchive, lookingFor wanted: Set<Int>) throws -> [Int: String] {
        let names = Set(wanted.map { archive.entries[$0].fileName })
        var namedBy: [Int: String] = [:]
        for entry in archive.entries where entry.fileExtension == "json" && !isSkippedChat(entry.path) {
            let note = { (uri: String) in
                guard Self.mayName(uri, names),
                      let position = archive.position(resolving: uri), wanted.contains(position), namedBy[position] == nil
                else { return }
                namedBy[position] = entry.path
            }
            if let read = archive.readReferences.references(of: entry.path) {
                read.forEach(note)
                continue
            }
            var scanner = MediaReferenceScanner()
            try archive.stream(entry) { chunk in
                chunk.withUnsafeBytes { scanner.feed($0, note) }
                return true
            }
        }
        return namedBy
    }

    /// Whether `uri` can resolve to a file called one of `names`: by its last path component, or for a
    /// web address by that part before its query. Bytes, not characters: splitting every reference
    /// into characters cost a forced walk more than everything else it did.
    private static func mayName(_ uri: String, _ names: Set<Substring>) -> Bool {
        let whole = Substring(uri)
        if names.contains(lastComponent(whole)) { return true }
        guard let query = whole.utf8.firstIndex(of: UInt8(ascii: "?")) else { return false }
        return names.contains(lastComponent(whole[..<query]))
    }

    private static func lastComponent(_ text: Substring) -> Substring {
        guard let slash = text.utf8.lastIndex(of: UInt8(ascii: "/")) else { return text }
        return text[text.utf8.index(after: slash)...]
    }

    /// Folders of chats; only Meta AI's (Facebook's `inbox/metaai_<id>/`, Instagram's `ai_conversations/`) are read.
    private static let chatFolders: Set<Substring> = [
        "messages", "inbox", "archived_threads", "filtered_threads", "message_requests", "e2ee_cutover", "direct",
        "your_group_messages",
    ]

    private static func isSkippedChat(_ path: String) -> Bool {
        let folders = path.split(separator: "/").dropLast()
        return folders.contains(where: chatFolders.contains) && !isMetaAIChat(folders)
    }

    private static func isMetaAIChat(_ folders: ArraySlice<Substring>) -> Bool {
        folders.contains { $0.hasPrefix("metaai_") || $0 == "ai_conversations" }
    }

    /// Photos, videos and subtitle files, and files without an extension in Meta's media folders.
    private static func isMedia(_ entry: ExportEntry) -> Bool {
        let ext = entry.fileExtension
        if ext == "srt" || MediaFiles.typeByExtension(entry.path) != nil { return true }
        return ext.isEmpty && MediaFiles.isPostedMedia(entry)
    }

    /// Why a media file no reader names is left out on purpose, or nil when nothing explains it.
    static func leftOutReason(_ entry: ExportEntry) -> String? {
        let folders = entry.path.split(separator: "/").dropLast()
        if entry.fileExtension == "srt" { return "subtitles" }
        if folders.contains("stickers_used") { return "stickers" }
        if folders.contains(where: chatFolders.contains), !isMetaAIChat(folders) { return "messages" }
        if folders.contains("files") { return "the HTML viewer's own images" }
        if folders.contains("public-media") { return "copies in public-media" }
        return nil
    }
}
