import Foundation

/// Builds a minimal HEIF file (ftyp, meta with hdlr/iinf/iloc, mdat) around a TIFF block,
/// with the `iloc` layout under test control.
struct MetadataHEIF {
    var ilocVersion: UInt8 = 0
    var offsetSize = 4, lengthSize = 4, baseOffsetSize = 0, indexSize = 0
    /// 0 puts the EXIF item in `mdat`; 1 puts it in an `idat` box inside `meta`.
    var constructionMethod = 0
    /// Split the EXIF item into two extents.
    var twoExtents = false
    /// Write `mdat` before `meta`, which a one-pass reader cannot follow.
    var mdatFirst = false
    /// Leave the `Exif` item out of `iinf`.
    var withExifItem = true
    /// Bytes between the 4-byte offset field and the TIFF header (usually `Exif\0\0`).
    var tiffPrefix = MetadataContainers.ascii("Exif") + [0, 0]
    /// Write `mdat` with a 64-bit `largesize`.
    var largeMdat = false

    private typealias C = MetadataContainers

    func build(_ tiff: [UInt8]) -> [UInt8] {
        let item = C.be32(tiffPrefix.count) + tiffPrefix + tiff
        let image = Array(repeating: UInt8(0x5A), count: 1000)
        let ftyp = box("ftyp", C.ascii("heic") + C.be32(0) + C.ascii("mif1") + C.ascii("heic"))
        let payload = constructionMethod == 0 ? image + item : image
        let mdatHeader = largeMdat ? 16 : 8
        // meta's size does not depend on the offsets written in it, so measure it first.
        let metaSize = meta(item: item, itemStart: 0, imageStart: 0).count
        let mdatStart = (mdatFirst ? ftyp.count : ftyp.count + metaSize) + mdatHeader
        let itemStart = constructionMethod == 0 ? mdatStart + image.count : 0
        let metaBox = meta(item: item, itemStart: itemStart, imageStart: mdatStart)
        let mdat = largeMdat ? C.be32(1) + C.ascii("mdat") + C.be64(payload.count + 16) + payload : box("mdat", payload)
        return mdatFirst ? ftyp + mdat + metaBox : ftyp + metaBox + mdat
    }

    private func box(_ type: String, _ payload: [UInt8]) -> [UInt8] {
        C.be32(payload.count + 8) + C.ascii(type) + payload
    }

    private func fullBox(_ type: String, version: UInt8, _ payload: [UInt8]) -> [UInt8] {
        box(type, [version, 0, 0, 0] + payload)
    }

    private func meta(item: [UInt8], itemStart: Int, imageStart: Int) -> [UInt8] {
        let hdlr = fullBox("hdlr", version: 0, C.be32(0) + C.ascii("pict") + Array(repeating: 0, count: 13))
        var infes = [fullBox("infe", version: 2, C.be16(1) + C.be16(0) + C.ascii("hvc1") + [0])]
        if withExifItem { infes.append(fullBox("infe", version: 2, C.be16(2) + C.be16(0) + C.ascii("Exif") + [0])) }
        let iinf = fullBox("iinf", version: 0, C.be16(infes.count) + infes.flatMap { $0 })
        let idat = constructionMethod == 1 ? [box("idat", item)] : []
        return fullBox("meta", version: 0, hdlr + iinf + iloc(item: item, itemStart: itemStart, imageStart: imageStart) + idat.flatMap { $0 })
    }

    private func iloc(item: [UInt8], itemStart: Int, imageStart: Int) -> [UInt8] {
        let base = baseOffsetSize > 0 ? itemStart : 0
        var extents = [(itemStart - base, item.count)]
        if twoExtents { extents = [(itemStart - base, 10), (itemStart - base + 10, item.count - 10)] }
        var body = [UInt8(offsetSize << 4 | lengthSize), UInt8(baseOffsetSize << 4 | (ilocVersion == 0 ? 0 : indexSize))]
        body += ilocVersion < 2 ? C.be16(2) : C.be32(2)
        body += entry(id: 1, method: 0, base: 0, extents: [(imageStart, 1000)])
        body += entry(id: 2, method: constructionMethod, base: base, extents: extents)
        return fullBox("iloc", version: ilocVersion, body)
    }

    private func entry(id: Int, method: Int, base: Int, extents: [(Int, Int)]) -> [UInt8] {
        var out = ilocVersion < 2 ? C.be16(id) : C.be32(id)
        if ilocVersion >= 1 { out += C.be16(method) }
        out += C.be16(0) + sized(base, baseOffsetSize) + C.be16(extents.count)
        for (offset, length) in extents {
            if ilocVersion >= 1 { out += sized(0, indexSize) }
            out += sized(offset, offsetSize) + sized(length, lengthSize)
        }
        return out
    }

    private func sized(_ value: Int, _ size: Int) -> [UInt8] {
        size == 8 ? C.be64(value) : size == 4 ? C.be32(value) : []
    }
}
