import Foundation

extension MediaFormat {
    /// How many leading bytes `sniff` looks at; enough for an ISO-BMFF `ftyp` box with a few brands.
    public static let sniffLength = 32

    /// Decides the format from the first bytes, because export file names and extensions lie.
    ///
    /// ISO-BMFF files are classified by their major brand, or else by the first compatible brand
    /// that is known. AVIF counts as `.heif`: it is the same container and stores EXIF the same way; 3GP and
    /// 3G2 count as `.mp4`, whose boxes they share.
    public static func sniff(_ prefix: some Collection<UInt8>) -> MediaFormat {
        let bytes = Array(prefix.prefix(sniffLength))
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if bytes.starts(with: Array("GIF87a".utf8)) || bytes.starts(with: Array("GIF89a".utf8)) { return .gif }
        if fourCC(bytes, at: 0) == "RIFF", fourCC(bytes, at: 8) == "WEBP" { return .webp }
        if fourCC(bytes, at: 4) == "ftyp" { return brandFormat(bytes) }
        if let box = fourCC(bytes, at: 4), quickTimeLeadingBoxes.contains(box) { return .quicktime }
        return .unknown
    }

    private static let heifBrands: Set<String> = [
        "heic", "heix", "heim", "heis", "hevc", "hevx", "hevm", "hevs",
        "mif1", "mif2", "msf1", "miaf", "avif", "avis",
    ]
    private static let mp4Brands: Set<String> = [
        "isom", "iso2", "iso3", "iso4", "iso5", "iso6", "iso7", "iso8", "iso9",
        "mp41", "mp42", "avc1", "dash", "M4V ", "M4VH", "M4VP",
    ]
    /// Old QuickTime movies have no `ftyp`; they open with one of these atoms.
    private static let quickTimeLeadingBoxes: Set<String> = ["moov", "mdat", "wide", "pnot"]

    private static func brandFormat(_ bytes: [UInt8]) -> MediaFormat {
        let boxSize = Int(bytes[0]) << 24 | Int(bytes[1]) << 16 | Int(bytes[2]) << 8 | Int(bytes[3])
        let compatibleEnd = min(max(boxSize, 16), bytes.count)
        let brands = [fourCC(bytes, at: 8)] + stride(from: 16, to: compatibleEnd, by: 4).map { fourCC(bytes, at: $0) }
        for case let brand? in brands {
            if heifBrands.contains(brand) { return .heif }
            if mp4Brands.contains(brand) || brand.hasPrefix("3gp") || brand.hasPrefix("3g2") { return .mp4 }  // 3GPP, 3GPP2
            if brand == "qt  " { return .quicktime }
        }
        return .unknown
    }

    private static func fourCC(_ bytes: [UInt8], at offset: Int) -> String? {
        guard offset >= 0, offset + 4 <= bytes.count else { return nil }
        return String(decoding: bytes[offset..<offset + 4], as: UTF8.self)
    }
}
