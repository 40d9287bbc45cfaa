import Foundation

/// Writes a report or CSV where the user asked, readable by the owner only from its first byte,
/// since it lists private photos.
public enum OutputFile {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Writes `text` to `path`, or to standard output for `-`.
    public static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    /// Writes `data` to a new 0600 file beside `path`, then renames it over `path`, so neither a reader
    /// nor a crash ever sees a half-written or wider-readable file.
    public static func write(_ data: Data, to path: String) throws {
        if path == "-" {
            FileHandle.standardOutput.write(data)
            return
        }
        if isDevice(path) {
            guard let handle = FileHandle(forWritingAtPath: path) else { throw cannotWrite(path) }
            handle.write(data)
            return
        }
        let temporary = path + ".exposure-\(ProcessInfo.processInfo.processIdentifier).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else { throw cannotWrite(path) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            try handle.write(contentsOf: data)
            try handle.close()
            guard rename(temporary, path) == 0 else { throw cannotWrite(path) }
        } catch {
            unlink(temporary)
            throw cannotWrite(path)
        }
    }

    /// A device or pipe such as /dev/null is written to, never replaced by a file.
    private static func isDevice(_ path: String) -> Bool {
        guard let type = (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType else {
            return false
        }
        return type == .typeCharacterSpecial || type == .typeBlockSpecial || type == .typeSocket || type == .typeUnknown
    }

    private static func cannotWrite(_ path: String) -> Failure {
        Failure(description: "\(path): cannot write this file. Check that its folder exists and that you may write there.")
    }
}
