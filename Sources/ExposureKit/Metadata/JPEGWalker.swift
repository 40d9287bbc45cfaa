import Foundation

/// Walks JPEG segments up to the first `Exif` APP1, because libexif's own scan gives up on
/// common segment orders; other segments are skipped, never buffered.
struct JPEGWalker: ContainerWalker {
    private var pastSOI = false

    mutating func advance(_ input: inout ByteQueue) throws -> WalkStep {
        if !pastSOI {
            guard input.peek(2) != nil else { return .needMore }
            input.consume(2)
            pastSOI = true
        }
        while true {
            guard let marker = input.peek(2) else { return .needMore }
            guard marker.first == 0xFF else { throw MalformedMedia("The JPEG structure is damaged: a segment marker is missing.") }
            let code = marker[marker.startIndex + 1]
            switch code {
            case 0xFF: input.consume(1)  // fill byte before a marker
            case 0xD9, 0xDA: return .absent  // EOI, or SOS: image data starts, no EXIF follows
            case 0x01, 0xD0...0xD8: input.consume(2)  // markers without a length
            case 0x00: throw MalformedMedia("The JPEG structure is damaged: an invalid marker was found.")
            default:
                if let step = try segment(code, &input) { return step }
            }
        }
    }

    /// Handles one length-prefixed segment: returns a step when it decides one, nil after skipping.
    private func segment(_ code: UInt8, _ input: inout ByteQueue) throws -> WalkStep? {
        guard let header = input.peek(4) else { return .needMore }
        var reader = ByteReader(header.dropFirst(2))
        let length = Int(try reader.u16())
        guard length >= 2 else { throw MalformedMedia("The JPEG structure is damaged: a segment is shorter than its header.") }
        let payloadLength = length - 2
        if code == 0xE1, payloadLength >= 6 {
            guard let start = input.peek(4 + 6) else { return .needMore }
            if start.dropFirst(4).starts(with: EXIFBlock.header.prefix(5)) {
                guard let whole = input.peek(4 + payloadLength) else { return .needMore }
                return .found(EXIFBlock.make(from: whole.dropFirst(4)))
            }
        }
        input.skip(Int64(2 + length))
        return nil
    }
}
