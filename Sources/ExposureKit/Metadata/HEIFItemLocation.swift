import Foundation

/// One item's entry in an `iloc` box (versions 0, 1 and 2), enough to fetch the EXIF item's bytes.
struct HEIFItemLocation {
    let constructionMethod: UInt16
    let dataReferenceIndex: UInt16
    let baseOffset: UInt64
    let extents: [(offset: UInt64, length: UInt64)]

    /// Reads an `iloc` body and returns the entry of `itemID`, skipping the others without decoding their extents.
    static func find(_ itemID: UInt32, iloc: ArraySlice<UInt8>) throws -> HEIFItemLocation? {
        var reader = ByteReader(iloc)
        let version = try reader.u8()
        guard version <= 2 else { throw MalformedMedia("The HEIF file uses an unknown item location version.") }
        try reader.skip(3)
        let sizes = try reader.u8(), moreSizes = try reader.u8()
        let fields = FieldSizes(
            offset: Int(sizes >> 4), length: Int(sizes & 0xF), base: Int(moreSizes >> 4),
            index: version == 0 ? 0 : Int(moreSizes & 0xF))
        try fields.validate()
        let count = try version < 2 ? UInt32(reader.u16()) : reader.u32()
        for _ in 0..<count {
            let id = try version < 2 ? UInt32(reader.u16()) : reader.u32()
            let method = try version == 0 ? 0 : reader.u16() & 0xF
            let reference = try reader.u16()
            let base = try reader.bigEndian(fields.base)
            let extentCount = Int(try reader.u16())
            guard id == itemID else {
                try reader.skip(extentCount * fields.perExtent)
                continue
            }
            var extents: [(offset: UInt64, length: UInt64)] = []
            for _ in 0..<extentCount {
                try reader.skip(fields.index)
                extents.append((try reader.bigEndian(fields.offset), try reader.bigEndian(fields.length)))
            }
            return HEIFItemLocation(constructionMethod: method, dataReferenceIndex: reference, baseOffset: base, extents: extents)
        }
        return nil
    }

    /// Turns the entry into file ranges (method 0) or bytes copied from `idat` (method 1).
    func exifLocation(idat: ArraySlice<UInt8>?) throws -> HEIFExifLocation {
        guard dataReferenceIndex == 0 else { throw MalformedMedia("The HEIF file keeps its EXIF item in another file.") }
        guard !extents.isEmpty, extents.allSatisfy({ $0.length > 0 }) else {
            throw MalformedMedia("The HEIF file gives its EXIF item no definite length.")
        }
        let ranges = try extents.map { try range($0) }
        try EXIFBlock.checkSize(ranges.reduce(0) { $0 + $1.length })
        switch constructionMethod {
        case 0:
            return .inFile(ranges)
        case 1:
            guard let idat else { throw MalformedMedia("The HEIF file's EXIF item points into a missing idat box.") }
            var bytes: [UInt8] = []
            for extent in ranges {
                guard extent.offset + extent.length <= Int64(idat.count) else {
                    throw MalformedMedia("The HEIF file's EXIF item runs past its idat box.")
                }
                let start = idat.startIndex + Int(extent.offset)
                bytes += idat[start..<start + Int(extent.length)]
            }
            return .inMeta(bytes)
        default:
            throw MalformedMedia("The HEIF file stores its EXIF item in a way Exposure does not read.")
        }
    }

    private func range(_ extent: (offset: UInt64, length: UInt64)) throws -> HEIFExtent {
        let (start, overflow) = baseOffset.addingReportingOverflow(extent.offset)
        guard !overflow, let offset = Int64(exactly: start), let length = Int64(exactly: extent.length),
              offset <= Int64.max - length
        else { throw MalformedMedia("The HEIF file's EXIF item location is out of range.") }
        try EXIFBlock.checkSize(length)
        return HEIFExtent(offset: offset, length: length)
    }

    private struct FieldSizes {
        let offset, length, base, index: Int
        var perExtent: Int { index + offset + length }

        func validate() throws {
            guard [offset, length, base, index].allSatisfy({ [0, 4, 8].contains($0) }) else {
                throw MalformedMedia("The HEIF item location box uses invalid field sizes.")
            }
        }
    }
}
