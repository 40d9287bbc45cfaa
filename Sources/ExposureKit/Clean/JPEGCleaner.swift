import Foundation

/// Plans a JPEG clean segment by segment: the EXIF APP1 is rebuilt, XMP, IPTC, comments, camera-specific
/// APPn segments and whatever follows the end of the image are removed; tables, the ICC profile, JFIF,
/// Adobe and the scan data are left byte for byte.
enum JPEGCleaner {
    static let xmpPrefixes = ["http://ns.adobe.com/xap/1.0/\0", "http://ns.adobe.com/xmp/extension/\0"].map { Array($0.utf8) }

    static func plan(_ bytes: [UInt8], options: CleanOptions) throws -> CleanPlan {
        var plan = CleanPlan()
        var offset = 2
        var seenEXIF = false
        while true {
            let (code, end) = try segment(bytes, at: offset)
            if code == 0xDA {
                try planTail(bytes, scanAt: offset, &plan)
                return plan
            }
            let payload = offset + 4..<end
            try planSegment(code, bytes[payload], range: offset..<end, seenEXIF: &seenEXIF, options, &plan)
            offset = end
        }
    }

    /// The marker at `offset` and where its segment ends.
    private static func segment(_ bytes: [UInt8], at offset: Int) throws -> (UInt8, Int) {
        guard offset + 4 <= bytes.count else { throw CleanRefusal("The JPEG ends before its image data; it may be truncated.") }
        guard bytes[offset] == 0xFF, bytes[offset + 1] != 0xFF, bytes[offset + 1] >= 0xC0 else {
            throw CleanRefusal("The JPEG structure is damaged: a segment marker is missing at byte \(offset).")
        }
        let length = Int(bytes[offset + 2]) << 8 | Int(bytes[offset + 3])
        guard length >= 2, offset + 2 + length <= bytes.count else {
            throw CleanRefusal("The JPEG structure is damaged: a segment at byte \(offset) runs past the end of the file.")
        }
        return (bytes[offset + 1], offset + 2 + length)
    }

    private static func planSegment(
        _ code: UInt8, _ payload: ArraySlice<UInt8>, range: Range<Int>, seenEXIF: inout Bool, _ options: CleanOptions, _ plan: inout CleanPlan
    ) throws {
        switch code {
        case 0xE1 where payload.starts(with: EXIFBlock.header) && !seenEXIF:
            seenEXIF = true
            try planEXIF(payload, range: range, options, &plan)
        case 0xE1 where xmpPrefixes.contains { payload.starts(with: $0) }:
            plan.remove(range, "XMP metadata")
        case 0xE1:
            plan.remove(range, "extra EXIF or APP1 block")
        case 0xED:
            plan.remove(range, "IPTC / Photoshop metadata")
        case 0xFE:
            plan.remove(range, "comment")
        case 0xE2 where payload.starts(with: Array("ICC_PROFILE\0".utf8)):
            plan.keep("ICC colour profile")
        case 0xE0 where payload.starts(with: Array("JFIF\0".utf8)) || payload.starts(with: Array("JFXX\0".utf8)):
            break  // JFIF and Adobe segments change how the pixels decode
        case 0xEE where payload.starts(with: Array("Adobe".utf8)):
            break
        case 0xE0...0xEF:
            plan.remove(range, "camera-specific APP segments")
        default:
            break  // tables, frame header, restart interval
        }
    }

    private static func planEXIF(_ payload: ArraySlice<UInt8>, range: Range<Int>, _ options: CleanOptions, _ plan: inout CleanPlan) throws {
        let result = try EXIFRewriter.rewrite(payload, options: options)
        result.removed.forEach { plan.note($0) }
        result.kept.forEach { plan.keep($0) }
        guard let block = result.block else {
            plan.edits.append(.remove(range))
            return
        }
        guard block.count + 2 <= 0xFFFF else { throw CleanRefusal("Its rebuilt EXIF block does not fit in a JPEG segment.") }
        plan.edits.append(.replace(range, with: [0xFF, 0xE1] + MetadataBytes.be16(block.count + 2) + block))
    }

    /// Follows the scans to the end-of-image marker; anything after it (extra pictures, a motion-photo video,
    /// a phone's trailer) goes.
    private static func planTail(_ bytes: [UInt8], scanAt start: Int, _ plan: inout CleanPlan) throws {
        var index = start
        while index + 1 < bytes.count {
            guard bytes[index] == 0xFF else { index += 1; continue }
            let code = bytes[index + 1]
            switch code {
            case 0x00, 0x01, 0xD0...0xD7, 0xFF: index += code == 0xFF ? 1 : 2
            case 0xD9:
                let end = index + 2
                if end < bytes.count {
                    plan.remove(end..<bytes.count, "data after the end of the image (extra pictures or a motion-photo video)")
                }
                return
            default:
                index = try segment(bytes, at: index).1  // tables and headers between progressive scans
            }
        }
        throw CleanRefusal("The JPEG ends before its end-of-image marker; it may be truncated.")
    }
}
