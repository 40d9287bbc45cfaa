import Foundation

/// Walks the RIFF chunks of a WebP file to its `EXIF` chunk, which usually follows the image data.
/// A clear EXIF flag in VP8X is not trusted: an auditor must not call a file clean on a flag alone.
struct WebPWalker: ContainerWalker {
    /// Stream offset where the RIFF container ends, once its header has been read.
    private var riffEnd: Int64?

    mutating func advance(_ input: inout ByteQueue) throws -> WalkStep {
        let end = try containerEnd(&input)
        guard let end else { return .needMore }
        while true {
            guard end - input.position >= 8 else { return .absent }
            guard let header = input.peek(8) else { return .needMore }
            var reader = ByteReader(header)
            let type = try reader.fourCC()
            let size = Int64(try reader.u32LittleEndian())
            guard input.position + 8 + size <= end else {
                throw MalformedMedia("The WebP structure is damaged: a chunk runs past the end of the file's container.")
            }
            if type == "EXIF" {
                try EXIFBlock.checkSize(size)
                guard let chunk = input.peek(8 + Int(size)) else { return .needMore }
                return .found(EXIFBlock.make(from: chunk.dropFirst(8)))
            }
            input.skip(8 + size + size % 2)  // chunks are padded to an even length
        }
    }

    private mutating func containerEnd(_ input: inout ByteQueue) throws -> Int64? {
        if let riffEnd { return riffEnd }
        guard let header = input.peek(12) else { return nil }
        var reader = ByteReader(header.dropFirst(4))
        let end = 8 + Int64(try reader.u32LittleEndian())
        input.consume(12)
        riffEnd = end
        return end
    }
}
