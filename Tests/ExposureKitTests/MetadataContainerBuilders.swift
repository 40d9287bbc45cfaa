import Foundation

/// Hand-built JPEG, PNG and WebP files around a TIFF block, so container walking is tested without tools.
enum MetadataContainers {
    static func segment(_ marker: UInt8, _ payload: [UInt8]) -> [UInt8] {
        [0xFF, marker] + be16(payload.count + 2) + payload
    }

    static func app1(_ tiff: [UInt8]) -> [UInt8] {
        segment(0xE1, ascii("Exif") + [0, 0] + tiff)
    }

    /// SOI, the given segments, a short SOS with scan data, EOI.
    static func jpeg(_ segments: [[UInt8]]) -> [UInt8] {
        let sos = segment(0xDA, [1, 1, 0, 0, 63, 0])
        return [0xFF, 0xD8] + segments.flatMap { $0 } + sos + [0x12, 0x34, 0xFF, 0x00, 0x56] + [0xFF, 0xD9]
    }

    static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    static func pngChunk(_ type: String, _ payload: [UInt8]) -> [UInt8] {
        let typed = ascii(type) + payload
        return be32(payload.count) + typed + be32(Int(crc32(typed)))
    }

    /// A valid grey PNG (decodable by cwebp and heif-enc) with `before` chunks ahead of IDAT and `after` chunks behind it.
    static func png(side: Int = 1, before: [[UInt8]] = [], after: [[UInt8]] = []) -> [UInt8] {
        let header = pngChunk("IHDR", be32(side) + be32(side) + [8, 0, 0, 0, 0])
        var rows: [UInt8] = []
        for y in 0..<side {
            rows.append(0)  // filter type: none
            for x in 0..<side { rows.append(UInt8(truncatingIfNeeded: x * 16 + y * 3)) }
        }
        let idat = pngChunk("IDAT", zlibStored(rows))
        return pngSignature + header + before.flatMap { $0 } + idat + after.flatMap { $0 } + pngChunk("IEND", [])
    }

    /// A zlib stream with one uncompressed deflate block (data up to 65,535 bytes).
    private static func zlibStored(_ data: [UInt8]) -> [UInt8] {
        let length = [UInt8(data.count & 0xFF), UInt8(data.count >> 8)]
        let (a, b) = data.reduce((UInt32(1), UInt32(0))) { sums, byte in
            let a = (sums.0 + UInt32(byte)) % 65_521
            return (a, (sums.1 + a) % 65_521)
        }
        return [0x78, 0x01, 0x01] + length + length.map { ~$0 } + data + be32(Int(b << 16 | a))
    }

    static func riffChunk(_ type: String, _ payload: [UInt8]) -> [UInt8] {
        ascii(type) + le32(payload.count) + payload + (payload.count % 2 == 1 ? [0] : [])
    }

    /// RIFF/WEBP around the given chunks.
    static func webp(_ chunks: [[UInt8]]) -> [UInt8] {
        let body = ascii("WEBP") + chunks.flatMap { $0 }
        return ascii("RIFF") + le32(body.count) + body
    }

    /// A VP8X header chunk with the EXIF flag set or clear, then a dummy VP8 image chunk.
    static func webpImage(exifFlag: Bool) -> [[UInt8]] {
        [riffChunk("VP8X", [exifFlag ? 0x08 : 0x00, 0, 0, 0, 0, 0, 0, 0, 0, 0]), riffChunk("VP8 ", Array(repeating: 0x2A, count: 301))]
    }

    static func be16(_ value: Int) -> [UInt8] { [UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)] }
    static func be32(_ value: Int) -> [UInt8] { [24, 16, 8, 0].map { UInt8((value >> $0) & 0xFF) } }
    static func be64(_ value: Int) -> [UInt8] { be32(value >> 32) + be32(value & 0xFFFF_FFFF) }
    static func le32(_ value: Int) -> [UInt8] { be32(value).reversed() }
    static func ascii(_ text: String) -> [UInt8] { Array(text.utf8) }

    private static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
