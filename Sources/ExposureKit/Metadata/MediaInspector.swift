import Foundation

/// Why a file given by path could not be inspected at all, named so the user can fix the path.
public struct MediaFileError: Error, Equatable, CustomStringConvertible {
    public let path: String
    public let reason: String

    public var description: String { "cannot read \(path): \(reason)" }
}

/// Runs files and in-memory bytes through `EXIFProbe`; for files it seeks over skipped bytes.
public enum MediaInspector {
    /// Read size for files: large enough for few system calls, small enough to stop near the EXIF block.
    public static let chunkSize = 64 * 1024

    /// Inspects a file on disk, reading only as far as its EXIF block.
    public static func inspect(fileAt url: URL) throws -> FileInspection {
        let handle = try open(url)
        defer { try? handle.close() }
        do {
            return try inspect(handle, size: try handle.seekToEnd())
        } catch let error as MediaFileError {
            throw error
        } catch {
            throw MediaFileError(path: url.path, reason: "the file could not be read")
        }
    }

    /// Inspects bytes already in memory, for tests and callers that hold a whole file.
    public static func inspect(data: Data) -> FileInspection {
        var probe = EXIFProbe()
        if case .done(let result) = probe.feed(data) { return result }
        return probe.finish()
    }

    private static func inspect(_ handle: FileHandle, size: UInt64) throws -> FileInspection {
        try handle.seek(toOffset: 0)
        var probe = EXIFProbe()
        while true {
            if probe.bytesToSkip > 0 {
                let here = try handle.offset()
                let target = min(size, here + UInt64(probe.bytesToSkip))  // never past the end, so truncation shows
                try handle.seek(toOffset: target)
                probe.didSkip(Int64(target - here))
            }
            guard let chunk = try handle.read(upToCount: max(chunkSize, probe.bytesWanted)), !chunk.isEmpty else {
                return probe.finish()
            }
            if case .done(let result) = probe.feed(chunk) { return result }
        }
    }

    private static func open(_ url: URL) throws -> FileHandle {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw MediaFileError(path: url.path, reason: "no such file")
        }
        guard !isDirectory.boolValue else { throw MediaFileError(path: url.path, reason: "it is a folder, not a file") }
        guard let handle = try? FileHandle(forReadingFrom: url) else {
            throw MediaFileError(path: url.path, reason: "permission denied or the file cannot be opened")
        }
        return handle
    }
}
