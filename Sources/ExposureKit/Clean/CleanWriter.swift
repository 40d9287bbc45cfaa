import Foundation

/// Writes a cleaned copy by streaming the original and applying the edits in order, so a video's media
/// data is copied in chunks and never held whole.
enum CleanWriter {
    static let chunkSize = 1 << 20

    static func write(_ edits: [ByteEdit], from source: FileHandle, to url: URL) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw CleanRefusal("the output file \(url.path) could not be created; check that the folder is writable.")
        }
        let output = try FileHandle(forWritingTo: url)
        defer { try? output.close() }
        var position: Int64 = 0
        for edit in edits {
            try copy(from: source, position..<edit.range.lowerBound, to: output)
            output.write(Data(edit.bytes))
            position = edit.range.upperBound
        }
        try copy(from: source, position..<Int64.max, to: output)
        try output.synchronize()
    }

    /// Copies a range of the source (to its end for an open range) in chunks.
    private static func copy(from source: FileHandle, _ range: Range<Int64>, to output: FileHandle) throws {
        try source.seek(toOffset: UInt64(range.lowerBound))
        var left = range.upperBound - range.lowerBound
        while left > 0 {
            guard let chunk = try source.read(upToCount: Int(min(Int64(chunkSize), left))), !chunk.isEmpty else {
                guard range.upperBound == Int64.max else { throw CleanRefusal("the file changed or shrank while it was being cleaned.") }
                return
            }
            output.write(chunk)
            left -= Int64(chunk.count)
        }
    }
}
