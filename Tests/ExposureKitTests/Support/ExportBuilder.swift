import Foundation
import ZIPFoundation

/// Builds small exports inside a test, as a folder or a zip, so each test states the files it needs.
struct ExportBuilder {
    var files: [String: Data] = [:]

    mutating func add(_ path: String, _ text: String) {
        files[path] = Data(text.utf8)
    }

    mutating func add(_ path: String, _ data: Data) {
        files[path] = data
    }

    func folder(in parent: URL, named name: String) throws -> URL {
        let root = parent.appendingPathComponent(name)
        for (path, data) in files {
            let file = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: file)
        }
        return root
    }

    /// A zip of the files, deflated, or `stored` without compression as some zippers keep videos.
    /// Built in memory and then written: ZIPFoundation's `Archive(url:accessMode:)` leaks its path on Linux
    /// (docs/fuzzing.md, "Sanitizers"), which would fail the suite under LeakSanitizer.
    func zip(in parent: URL, named name: String, stored: Bool = false) throws -> URL {
        let url = parent.appendingPathComponent(name)
        let archive = try Archive(accessMode: .create)
        for (path, data) in files.sorted(by: { $0.key < $1.key }) {
            let method: CompressionMethod = stored ? .none : .deflate
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: method) {
                position, size in data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        try archive.data?.write(to: url)
        return url
    }
}
