import Foundation

/// Writes a report or CSV where the user asked, readable by the owner only from its first byte,
/// since it lists private photos.
public enum OutputFile {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Collects what is written and hands it to the file a megabyte at a time, so a large CSV is never
    /// held whole in memory. One thread at a time uses it: the CSV hands it to its writing thread.
    public final class Writer: @unchecked Sendable {
        private static let blockSize = 1 << 20
        private let handle: FileHandle
        private let path: String
        private var buffer: [UInt8] = []

        init(_ handle: FileHandle, path: String) {
            self.handle = handle
            self.path = path
            buffer.reserveCapacity(Self.blockSize + (64 << 10))
        }

        /// Appends `text` as UTF-8.
        public func write(_ text: String) throws {
            try write { $0.append(contentsOf: text.utf8) }
        }

        /// Appends `data` as it is.
        public func write(_ data: Data) throws {
            try write { $0.append(contentsOf: data) }
        }

        /// Lets `append` add bytes straight to the buffer, saving a copy per line of a large CSV.
        public func write(_ append: (inout [UInt8]) -> Void) throws {
            append(&buffer)
            if buffer.count >= Self.blockSize { try flush() }
        }

        func flush() throws {
            guard !buffer.isEmpty else { return }
            do { try handle.write(contentsOf: buffer) } catch { throw cannotWrite(path) }
            buffer.removeAll(keepingCapacity: true)
        }
    }

    /// Writes `text` to `path`, or to standard output for `-`.
    public static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    /// Writes `data` to `path` as `stream` does.
    public static func write(_ data: Data, to path: String) throws {
        try stream(to: path) { try $0.write(data) }
    }

    /// Hands `body` a writer for `path`, or standard output for `-`. A file is written as a new 0600 file
    /// beside `path`, then renamed over it, so neither a reader nor a crash ever sees a half-written or
    /// wider-readable file.
    public static func stream(to path: String, _ body: (Writer) throws -> Void) throws {
        if path == "-" || isDevice(path) {
            let handle = path == "-" ? FileHandle.standardOutput : FileHandle(forWritingAtPath: path)
            guard let handle else { throw cannotWrite(path) }
            let writer = Writer(handle, path: path)
            try body(writer)
            try writer.flush()
            return
        }
        let temporary = path + ".exposure-\(ProcessInfo.processInfo.processIdentifier).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else { throw cannotWrite(path) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            let writer = Writer(handle, path: path)
            try body(writer)
            try writer.flush()
            do { try handle.close() } catch { throw cannotWrite(path) }
            guard rename(temporary, path) == 0 else { throw cannotWrite(path) }
        } catch {
            unlink(temporary)
            throw error
        }
    }

    /// A device or pipe such as /dev/null is written to, never replaced by a file.
    private static func isDevice(_ path: String) -> Bool {
        guard let type = (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType else {
            return false
        }
        return type == .typeCharacterSpecial || type == .typeBlockSpecial || type == .typeSocket || type == .typeUnknown
    }

    fileprivate static func cannotWrite(_ path: String) -> Failure {
        Failure(description: "\(path): cannot write this file. Check that its folder exists and that you may write there.")
    }
}
