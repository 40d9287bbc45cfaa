import Foundation

/// Reads a media file of an export only as far as its metadata: seeking in a folder and in a stored zip
/// member, streaming in a deflated one.
enum FileInspector {
    /// Zip chunks: small, because most EXIF blocks end within the first few kilobytes; 4 KiB took a
    /// fifth less CPU than 16 KiB on the 20,000-photo benchmark zip, as less is inflated for nothing.
    static let zipChunkSize = 4 * 1024

    /// The file's format and EXIF, and how many bytes were read; a damaged file is `unreadable`,
    /// a file that vanished stops the scan.
    static func inspect(_ entry: ExportEntry, with reader: EntryReader) throws -> (FileInspection, bytesRead: Int) {
        if let url = reader.fileURL(of: entry) {
            return (try inspectFile(url, entry, reader), min(Int(entry.size), MediaInspector.chunkSize))
        }
        var probe = EXIFProbe()
        var outcome: FileInspection?
        var bytesRead = 0
        let compressed = reader.isCompressed(entry)
        do {
            try reader.stream(entry, chunkSize: zipChunkSize, skip: { probe.bytesToSkip }, skipped: { probe.didSkip($0) }) { chunk in
                bytesRead += chunk.count
                if case .done(let result) = probe.feed(chunk) {
                    outcome = result
                    return false
                }
                guard compressed, stopsInflating(probe) else { return true }
                outcome = probe.finish(unread: unread(probe))
                return false
            }
        } catch ExportError.unreadableMember(_, _, let why) {
            var damaged = probe.finish()
            damaged.status = .unreadable
            damaged.problem = why
            return (damaged, bytesRead)
        }
        return (outcome ?? probe.finish(), bytesRead)
    }

    /// Most media data inflated to reach a video's movie header behind it: inflating ran at about 170 MB/s, so
    /// this costs at most about 0.4 s per video (docs/performance.md, "Videos"); a phone clip of a minute or two
    /// is inflated through, a longer film is reported as not read. Photos get the same bound, so a header that
    /// claims gigabytes of image data before its metadata costs no more (docs/hostile-input.md).
    static let inflateLimit: Int64 = 64 * 1024 * 1024

    /// Whether to stop inflating: the metadata lies behind more media data than is worth inflating, or a
    /// video's movie header was read and only media data follows.
    private static func stopsInflating(_ probe: EXIFProbe) -> Bool {
        let skip = probe.bytesToSkip
        return skip > inflateLimit || (probe.readsVideo && skip > 0 && probe.readEnough)
    }

    /// Why a file's metadata was left unread, and what the user can do about it.
    private static func unread(_ probe: EXIFProbe) -> String {
        "Not read: its metadata lies behind \(probe.bytesToSkip / 1_048_576) MiB of \(probe.readsVideo ? "video" : "image data") "
            + "in a compressed zip member, which Exposure does not inflate; extract the zip and scan the folder to read it."
    }

    private static func inspectFile(_ url: URL, _ entry: ExportEntry, _ reader: EntryReader) throws -> FileInspection {
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw ExportError.vanished(reader.partPath(of: entry), reader.location(of: entry))
        }
        do {
            return try MediaInspector.inspect(fileAt: url)
        } catch {
            return FileInspection(format: .unknown, status: .unreadable, problem: "the file could not be read")
        }
    }
}
