import Foundation

/// Where a HEIF file keeps its `Exif` item, read from the `meta` box's `iinf` and `iloc`.
enum HEIFExifLocation: Equatable {
    /// The file has no `Exif` item.
    case none
    /// The item's bytes, stored inside `meta` (construction method 1, `idat`).
    case inMeta([UInt8])
    /// File ranges to concatenate (construction method 0).
    case inFile([HEIFExtent])
}

/// One byte range of a HEIF item, as a stream offset and a length.
struct HEIFExtent: Equatable {
    let offset: Int64
    let length: Int64
}

/// Parses the parts of an ISO-BMFF `meta` box needed to find the EXIF item, all in memory and bounds-checked.
enum HEIFMeta {
    struct Box {
        let type: String
        let body: ArraySlice<UInt8>
    }

    /// Finds the `Exif` item in the payload of a `meta` box (everything after its box header).
    static func exifLocation(metaPayload: ArraySlice<UInt8>) throws -> HEIFExifLocation {
        var reader = ByteReader(metaPayload)
        if metaPayload.dropFirst(4).starts(with: Array("hdlr".utf8)) == false {
            try reader.skip(4)  // FullBox version and flags; QuickTime-style meta boxes lack them
        }
        let children = try boxes(in: reader.rest())
        guard let iinf = children.first(where: { $0.type == "iinf" }),
              let itemID = try exifItemID(iinf: iinf.body)
        else { return .none }
        guard let iloc = children.first(where: { $0.type == "iloc" }),
              let item = try HEIFItemLocation.find(itemID, iloc: iloc.body)
        else { throw MalformedMedia("The HEIF file names an EXIF item but does not say where it is stored.") }
        return try item.exifLocation(idat: children.first(where: { $0.type == "idat" })?.body)
    }

    /// Splits bytes into consecutive boxes; a size of 0 means "to the end".
    static func boxes(in data: ArraySlice<UInt8>) throws -> [Box] {
        var reader = ByteReader(data)
        var result: [Box] = []
        while reader.remaining > 0 {
            let size32 = try reader.u32()
            let type = try reader.fourCC()
            let headerSize: UInt64 = size32 == 1 ? 16 : 8
            let size = try size32 == 1 ? reader.u64() : size32 == 0 ? UInt64(reader.remaining) + 8 : UInt64(size32)
            guard size >= headerSize, size - headerSize <= UInt64(reader.remaining) else {
                throw MalformedMedia("The HEIF structure is damaged: a box size is out of range.")
            }
            result.append(Box(type: type, body: try reader.read(Int(size - headerSize))))
        }
        return result
    }

    /// The ID of the first item of type `Exif` in an `iinf` box body.
    private static func exifItemID(iinf: ArraySlice<UInt8>) throws -> UInt32? {
        var reader = ByteReader(iinf)
        let version = try reader.u8()
        try reader.skip(3 + (version == 0 ? 2 : 4))  // flags, entry count
        for entry in try boxes(in: reader.rest()) where entry.type == "infe" {
            var infe = ByteReader(entry.body)
            let entryVersion = try infe.u8()
            guard entryVersion >= 2 else { continue }  // versions 0 and 1 carry no item type
            try infe.skip(3)
            let id = try entryVersion == 2 ? UInt32(infe.u16()) : infe.u32()
            try infe.skip(2)  // protection index
            if try infe.fourCC() == "Exif" { return id }
        }
        return nil
    }
}
