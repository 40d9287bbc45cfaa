import Foundation

/// Writes a report or CSV where the user asked, readable by the owner only, since it lists private photos.
public enum OutputFile {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Writes `text` to `path`, or to standard output for `-`.
    public static func write(_ text: String, to path: String) throws {
        if path == "-" {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        let manager = FileManager.default
        if manager.fileExists(atPath: path) {
            try? manager.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        }
        guard manager.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw Failure(description: "\(path): cannot write this file. Check that its folder exists and that you may write there.")
        }
    }
}
