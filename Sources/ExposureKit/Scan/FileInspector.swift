import Foundation

/// Reads a media file of an export only as far as its EXIF block: seeking in a folder, streaming in a zip.
enum FileInspector {
    /// The file's format and EXIF; a damaged file is `unreadable`, a file that vanished stops the scan.
    static func inspect(_ entry: ExportEntry, in archive: ExportArchive) throws -> FileInspection {
        if let url = archive.fileURL(of: entry) {
            guard FileManager.default.fileExists(atPath: url.path) else {
                throw ExportError.vanished(archive.partPath(of: entry), entry.location)
            }
            do {
                return try MediaInspector.inspect(fileAt: url)
            } catch {
                return FileInspection(format: .unknown, status: .unreadable, problem: "the file could not be read")
            }
        }
        var probe = EXIFProbe()
        var outcome: FileInspection?
        do {
            try archive.stream(entry) { chunk in
                guard case .done(let result) = probe.feed(chunk) else { return true }
                outcome = result
                return false
            }
        } catch ExportError.unreadableMember(_, _, let why) {
            var damaged = probe.finish()
            damaged.status = .unreadable
            damaged.problem = why
            return damaged
        }
        return outcome ?? probe.finish()
    }
}
