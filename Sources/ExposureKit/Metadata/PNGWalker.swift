import Foundation

/// Walks PNG chunks to the `eXIf` chunk. It reads on past IDAT up to IEND, because libpng and
/// other writers put eXIf after the image data; IDAT payloads are skipped, never buffered.
struct PNGWalker: ContainerWalker {
    private var pastSignature = false

    mutating func advance(_ input: inout ByteQueue) throws -> WalkStep {
        if !pastSignature {
            guard input.peek(8) != nil else { return .needMore }
            input.consume(8)
            pastSignature = true
        }
        while true {
            guard let header = input.peek(8) else { return .needMore }
            var reader = ByteReader(header)
            let length = Int64(try reader.u32())
            let type = try reader.fourCC()
            guard length <= 0x7FFF_FFFF else { throw MalformedMedia("The PNG structure is damaged: a chunk length is out of range.") }
            switch type {
            case "IEND":
                return .absent
            case "eXIf":
                try EXIFBlock.checkSize(length)
                guard let chunk = input.peek(8 + Int(length)) else { return .needMore }
                return .found(EXIFBlock.make(from: chunk.dropFirst(8)))
            default:
                input.skip(8 + length + 4)  // header, payload, CRC
            }
        }
    }
}
