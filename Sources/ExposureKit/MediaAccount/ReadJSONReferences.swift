import Foundation

/// The media references of the JSON files the importers read, found in the bytes they inflated
/// anyway, so the media account's walk inflates only the files no importer read: inflating the
/// readers' files a second time was most of what the walk cost beyond them.
///
/// Unchecked `Sendable`: every access holds the lock; files are read on worker threads.
final class ReadJSONReferences: @unchecked Sendable {
    private let lock = NSLock()
    private var byFile: [String: [String]] = [:]

    /// Keeps what a whole file named; a file read only in part is left for the walk.
    func record(_ uris: [String], of file: String) {
        lock.withLock { byFile[file] = uris }
    }

    /// What a whole reading of `file` named, or nil when no importer read it whole.
    func references(of file: String) -> [String]? {
        lock.withLock { byFile[file] }
    }
}
