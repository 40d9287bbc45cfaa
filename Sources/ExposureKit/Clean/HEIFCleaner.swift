import Foundation

/// Plans a HEIF/HEIC clean by overwriting the `Exif` and XMP items where they are stored, at the same
/// length, so the `iloc` offsets of every item (the image tiles included) stay valid.
enum HEIFCleaner {
    private struct Item {
        let id: UInt32
        let type: String
        let contentType: String?
    }

    static func plan(_ bytes: [UInt8], options: CleanOptions) throws -> CleanPlan {
        var plan = CleanPlan()
        let top = try boxes(bytes[...])
        guard let meta = top.first(where: { $0.type == "meta" }) else { return plan }
        var reader = ByteReader(meta.body)
        if !meta.body.dropFirst(4).starts(with: Array("hdlr".utf8)) { try reader.skip(4) }
        let children = try boxes(reader.rest())
        guard let iinf = children.first(where: { $0.type == "iinf" }) else { return plan }
        let iloc = children.first(where: { $0.type == "iloc" })
        let idat = children.first(where: { $0.type == "idat" })?.body
        for item in try items(iinf.body) {
            if item.type == "Exif" {
                let ranges = try locate(item.id, iloc: iloc?.body, idat: idat, fileSize: bytes.count)
                try planEXIF(bytes, ranges, options, &plan)
            } else if item.type == "mime", item.contentType == "application/rdf+xml" {
                let ranges = try locate(item.id, iloc: iloc?.body, idat: idat, fileSize: bytes.count)
                overwrite(ranges, with: blankXMP(length: ranges.reduce(0) { $0 + $1.count }), &plan)
                plan.note("XMP metadata")
            }
        }
        return plan
    }

    private static func boxes(_ bytes: ArraySlice<UInt8>) throws -> [HEIFMeta.Box] {
        do { return try HEIFMeta.boxes(in: bytes) } catch let error as MalformedMedia { throw CleanRefusal(error.problem) }
    }

    /// Item IDs, types and MIME content types from `iinf` (entries of version 2 and 3).
    private static func items(_ iinf: ArraySlice<UInt8>) throws -> [Item] {
        var reader = ByteReader(iinf)
        let version = try reader.u8()
        try reader.skip(3 + (version == 0 ? 2 : 4))
        return try boxes(reader.rest()).compactMap { entry in
            var infe = ByteReader(entry.body)
            guard entry.type == "infe", try infe.u8() >= 2 else { return nil }
            try infe.skip(3)
            let id = try entry.body[entry.body.startIndex] == 2 ? UInt32(infe.u16()) : infe.u32()
            try infe.skip(2)
            let type = try infe.fourCC()
            var strings = infe.rest().split(separator: 0, omittingEmptySubsequences: false)
            if !strings.isEmpty { strings.removeFirst() }  // the item name
            return Item(id: id, type: type, contentType: strings.first.map { String(decoding: $0, as: UTF8.self) })
        }
    }

    /// The item's bytes as ranges of the file, in order.
    private static func locate(_ id: UInt32, iloc: ArraySlice<UInt8>?, idat: ArraySlice<UInt8>?, fileSize: Int) throws -> [Range<Int>] {
        guard let iloc, let location = try HEIFItemLocation.find(id, iloc: iloc), location.dataReferenceIndex == 0,
              !location.extents.isEmpty, location.extents.allSatisfy({ $0.length > 0 })
        else { throw CleanRefusal("The HEIF file names a metadata item but does not say where it is stored.") }
        let base: Int
        let limit: Int
        switch location.constructionMethod {
        case 0: (base, limit) = (0, fileSize)
        case 1:
            guard let idat else { throw CleanRefusal("The HEIF file's metadata item points into a missing idat box.") }
            (base, limit) = (idat.startIndex, idat.endIndex)
        default: throw CleanRefusal("The HEIF file stores a metadata item in a way Exposure does not rewrite.")
        }
        return try location.extents.map { extent in
            let start = UInt64(base) &+ location.baseOffset &+ extent.offset
            guard start >= UInt64(base), start <= UInt64(limit), extent.length <= UInt64(limit) - start else {
                throw CleanRefusal("The HEIF file's metadata item runs past the end of the file.")
            }
            return Int(start)..<Int(start + extent.length)
        }
    }

    /// Rebuilds the TIFF data inside the Exif item, then pads with zeros to the item's length.
    private static func planEXIF(_ bytes: [UInt8], _ ranges: [Range<Int>], _ options: CleanOptions, _ plan: inout CleanPlan) throws {
        let item = ranges.flatMap { bytes[$0] }
        guard item.count >= 12 else { throw CleanRefusal("The HEIF file's EXIF item is too short to hold a TIFF header.") }
        let tiffStart = 4 + (Int(item[0]) << 24 | Int(item[1]) << 16 | Int(item[2]) << 8 | Int(item[3]))
        guard tiffStart + 8 <= item.count else { throw CleanRefusal("The HEIF file's EXIF item points past its own end.") }
        let tiff = item[tiffStart...]
        let result = try EXIFRewriter.rewrite(Array(EXIFBlock.make(from: tiff))[...], options: options)
        result.removed.forEach { plan.note($0) }
        result.kept.forEach { plan.keep($0) }
        let rebuilt = result.block.map { Array($0.dropFirst(EXIFBlock.header.count)) } ?? emptyTIFF(bigEndian: tiff.first == UInt8(ascii: "M"))
        guard rebuilt.count <= tiff.count else { throw CleanRefusal("Its rebuilt EXIF block is larger than the space the HEIF file gives it.") }
        let replacement = Array(item[..<tiffStart]) + rebuilt + Array(repeating: 0, count: tiff.count - rebuilt.count)
        overwrite(ranges, with: replacement, &plan)
    }

    /// A TIFF header with one empty IFD, for an EXIF item that must stay but has nothing left.
    private static func emptyTIFF(bigEndian: Bool) -> [UInt8] {
        bigEndian ? Array("MM".utf8) + [0, 42, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0] : Array("II".utf8) + [42, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0]
    }

    /// An empty XMP packet padded with spaces, which XMP allows, or just spaces where it does not fit.
    private static func blankXMP(length: Int) -> [UInt8] {
        let packet = Array("<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?><x:xmpmeta xmlns:x=\"adobe:ns:meta/\"/><?xpacket end=\"w\"?>".utf8)
        let body = packet.count <= length ? packet : []
        return body + Array(repeating: 0x20, count: length - body.count)
    }

    /// Spreads `replacement` over the item's ranges, each edit keeping its range's length.
    private static func overwrite(_ ranges: [Range<Int>], with replacement: [UInt8], _ plan: inout CleanPlan) {
        var used = 0
        for range in ranges {
            plan.edits.append(.replace(range, with: Array(replacement[used..<used + range.count])))
            used += range.count
        }
    }
}
