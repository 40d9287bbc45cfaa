import Foundation

/// Plans a WebP clean: the `EXIF` chunk is rebuilt or dropped, `XMP ` dropped, the VP8X flags and the RIFF
/// size follow; the image chunks stay byte for byte.
enum WebPCleaner {
    static func plan(_ bytes: [UInt8], options: CleanOptions) throws -> CleanPlan {
        guard bytes.count >= 12 else { throw CleanRefusal("The WebP file is too short to hold an image.") }
        var reader = ByteReader(bytes[4..<8])
        let riffEnd = 8 + Int(try reader.u32LittleEndian())
        guard riffEnd <= bytes.count else { throw CleanRefusal("The WebP file is shorter than its RIFF header says; it may be truncated.") }
        var plan = CleanPlan()
        var vp8x: Int?
        var flags: (exif: Bool, xmp: Bool) = (false, false)
        var delta = 0
        var offset = 12
        while offset + 8 <= riffEnd {
            var header = ByteReader(bytes[offset..<offset + 8])
            let type = try header.fourCC()
            let size = Int(try header.u32LittleEndian())
            let end = offset + 8 + size + size % 2
            guard end <= riffEnd else { throw CleanRefusal("The WebP structure is damaged: the \(type) chunk runs past the end of the file.") }
            switch type {
            case "VP8X": vp8x = offset
            case "EXIF":
                let edit = try exifEdit(bytes[offset + 8..<offset + 8 + size], range: offset..<end, options, &plan)
                flags.exif = edit.bytes.isEmpty
                delta += edit.bytes.count - (end - offset)
                plan.edits.append(edit)
            case "XMP ":
                plan.remove(offset..<end, "XMP metadata")
                (flags.xmp, delta) = (true, delta - (end - offset))
            default: break
            }
            offset = end
        }
        if riffEnd < bytes.count { plan.remove(riffEnd..<bytes.count, "data after the end of the image") }
        plan.edits.append(.replace(4..<8, with: MetadataBytes.le32(riffEnd - 8 + delta)))
        if let vp8x, vp8x + 9 <= bytes.count {
            let cleared = bytes[vp8x + 8] & ~((flags.exif ? 0x08 : 0) | (flags.xmp ? 0x04 : 0))
            plan.edits.append(.replace(vp8x + 8..<vp8x + 9, with: [cleared]))
        }
        return plan
    }

    private static func exifEdit(_ payload: ArraySlice<UInt8>, range: Range<Int>, _ options: CleanOptions, _ plan: inout CleanPlan) throws -> ByteEdit {
        let result = try EXIFRewriter.rewrite(Array(EXIFBlock.make(from: payload))[...], options: options)
        result.removed.forEach { plan.note($0) }
        result.kept.forEach { plan.keep($0) }
        guard let block = result.block else { return .remove(range) }
        let tiff = Array(block.dropFirst(EXIFBlock.header.count))
        return .replace(range, with: Array("EXIF".utf8) + MetadataBytes.le32(tiff.count) + tiff + (tiff.count % 2 == 1 ? [0] : []))
    }
}
