import Foundation

/// Plans a PNG clean chunk by chunk: `eXIf` is rebuilt, text chunks (which carry XMP, raw EXIF profiles and
/// free text) and `tIME` go; every other chunk stays byte for byte with its own CRC.
enum PNGCleaner {
    static func plan(_ bytes: [UInt8], options: CleanOptions) throws -> CleanPlan {
        var plan = CleanPlan()
        var offset = 8
        while true {
            guard offset + 12 <= bytes.count else { throw CleanRefusal("The PNG ends before its IEND chunk; it may be truncated.") }
            var reader = ByteReader(bytes[offset..<offset + 8])
            let length = Int(try reader.u32())
            let type = try reader.fourCC()
            let end = offset + 12 + length
            guard length <= 0x7FFF_FFFF, end <= bytes.count else {
                throw CleanRefusal("The PNG structure is damaged: the \(type) chunk at byte \(offset) runs past the end of the file.")
            }
            if type == "IEND" {
                if end < bytes.count { plan.remove(end..<bytes.count, "data after the end of the image") }
                return plan
            }
            try planChunk(type, bytes[offset + 8..<end - 4], range: offset..<end, options, &plan)
            offset = end
        }
    }

    private static func planChunk(_ type: String, _ payload: ArraySlice<UInt8>, range: Range<Int>, _ options: CleanOptions, _ plan: inout CleanPlan) throws {
        switch type {
        case "eXIf":
            let result = try EXIFRewriter.rewrite(Array(EXIFBlock.make(from: payload))[...], options: options)
            result.removed.forEach { plan.note($0) }
            result.kept.forEach { plan.keep($0) }
            let tiff = result.block.map { Array($0.dropFirst(EXIFBlock.header.count)) }
            plan.edits.append(tiff.map { .replace(range, with: chunk("eXIf", $0)) } ?? .remove(range))
        case "tEXt", "zTXt", "iTXt":
            plan.remove(range, "text chunks (XMP, descriptions, software)")
        case "tIME" where options.removes(.time):
            plan.remove(range, "last-modified time")
        default:
            break
        }
    }

    /// A chunk with its CRC over type and payload.
    static func chunk(_ type: String, _ payload: [UInt8]) -> [UInt8] {
        let typed = Array(type.utf8) + payload
        return MetadataBytes.be32(payload.count) + typed + MetadataBytes.be32(Int(CRC32.of(typed)))
    }
}

/// The CRC-32 PNG chunks end with (ISO 3309, as zlib computes it).
enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { n in
        (0..<8).reduce(UInt32(n)) { c, _ in c & 1 == 1 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
    }

    static func of(_ bytes: [UInt8]) -> UInt32 {
        ~bytes.reduce(UInt32(0xFFFF_FFFF)) { table[Int(($0 ^ UInt32($1)) & 0xFF)] ^ ($0 >> 8) }
    }
}
