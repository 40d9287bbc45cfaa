import Foundation

private typealias C = MetadataContainers

/// Hand-built MP4, MOV and 3GP files, box by box, so each box kind and each pitfall of the video reader is
/// tested without tools. The layouts follow ../shared/reference/video-metadata.md.
enum VideoBuilder {
    /// A box; a type such as `©xyz` is written with the byte 0xA9.
    static func box(_ type: String, _ payload: [UInt8]) -> [UInt8] {
        C.be32(payload.count + 8) + typeBytes(type) + payload
    }

    /// A box with a 64-bit size (size field 1), as phones write `mdat` even in small files.
    static func largeBox(_ type: String, _ payload: [UInt8]) -> [UInt8] {
        C.be32(1) + typeBytes(type) + be64(UInt64(payload.count + 16)) + payload
    }

    static func typeBytes(_ type: String) -> [UInt8] {
        type.unicodeScalars.map { UInt8($0.value) }
    }

    static func be64(_ value: UInt64) -> [UInt8] { (0..<8).reversed().map { UInt8((value >> (8 * UInt64($0))) & 0xFF) } }

    static func fullBox(_ type: String, version: UInt8 = 0, _ payload: [UInt8]) -> [UInt8] {
        box(type, [version, 0, 0, 0] + payload)
    }

    static func ftyp(_ brand: String = "isom", compatible: [String] = ["isom", "mp41"]) -> [UInt8] {
        box("ftyp", C.ascii(brand) + C.be32(0x200) + compatible.flatMap(C.ascii))
    }

    /// Seconds since 1904 for a Unix time, as `mvhd` counts.
    static func mac(_ unix: UInt64) -> UInt64 { unix + 2_082_844_800 }

    static func mvhd(version: UInt8 = 0, created: UInt64, timescale: Int = 1000, duration: UInt64) -> [UInt8] {
        let times = version == 1
            ? be64(created) + be64(created) + C.be32(timescale) + be64(duration)
            : C.be32(Int(created)) + C.be32(Int(created)) + C.be32(timescale) + C.be32(Int(duration))
        return fullBox("mvhd", version: version, times + Array(repeating: 0, count: 80))
    }

    /// A track with a handler, one sample description of `format`, and a frame size in `tkhd`.
    static func trak(handler: String, format: String, width: Int = 0, height: Int = 0) -> [UInt8] {
        let tkhd = fullBox("tkhd", Array(repeating: 0, count: 72) + C.be32(width << 16) + C.be32(height << 16))
        let hdlr = fullBox("hdlr", C.be32(0) + C.ascii(handler) + Array(repeating: 0, count: 13))
        let stsd = fullBox("stsd", C.be32(1) + box(format, Array(repeating: 0, count: 8)))
        let minf = box("minf", box("stbl", stsd))
        return box("trak", tkhd + box("mdia", hdlr + minf))
    }

    /// Apple/Android keys: `meta` (without version and flags unless `versioned`, as ffmpeg writes it) holding
    /// `hdlr mdta`, `keys` and an `ilst` whose items are numbered by key.
    static func keys(_ pairs: [(String, String)], versioned: Bool = false) -> [UInt8] {
        let hdlr = fullBox("hdlr", C.be32(0) + C.ascii("mdta") + Array(repeating: 0, count: 13))
        let names = pairs.flatMap { C.be32($0.0.utf8.count + 8) + C.ascii("mdta") + C.ascii($0.0) }
        let keys = fullBox("keys", C.be32(pairs.count) + names)
        let items = pairs.enumerated().flatMap { index, pair in
            C.be32(8 + 16 + pair.1.utf8.count) + C.be32(index + 1) + data(pair.1)
        }
        return box("meta", (versioned ? [0, 0, 0, 0] : []) + hdlr + keys + box("ilst", items))
    }

    /// iTunes-style items (`hdlr mdir`) in a `udta/meta` full box, such as `©day` or `©xyz`.
    static func itunes(_ items: [(String, String)], handler: Bool = true) -> [UInt8] {
        let hdlr = handler ? fullBox("hdlr", C.be32(0) + C.ascii("mdir") + C.ascii("appl") + Array(repeating: 0, count: 9)) : []
        return fullBox("meta", hdlr + box("ilst", items.flatMap { box($0.0, data($0.1)) }))
    }

    /// A `data` box of UTF-8 text (type 1, default locale).
    static func data(_ text: String) -> [UInt8] {
        box("data", C.be32(1) + C.be32(0) + C.ascii(text))
    }

    /// A QuickTime text item (`©xyz`, `©mak`): length, language, text; some writers count the 4 header bytes.
    static func text(_ type: String, _ value: String, language: Int = 0x15C7, lengthCountsHeader: Bool = false) -> [UInt8] {
        let bytes = C.ascii(value)
        return box(type, C.be16(bytes.count + (lengthCountsHeader ? 4 : 0)) + C.be16(language) + bytes)
    }

    /// 3GPP `loci`: name, role, then longitude before latitude, all 16.16 fixed point.
    static func loci(latitude: Double, longitude: Double, altitude: Double, name: [UInt8] = [0]) -> [UInt8] {
        func fixed(_ value: Double) -> [UInt8] { C.be32(Int(Int32((value * 65_536).rounded()))) }
        return fullBox("loci", C.be16(0x55C4) + name + [0] + fixed(longitude) + fixed(latitude) + fixed(altitude) + C.ascii("earth") + [0, 0])
    }

    static func moov(_ children: [[UInt8]]) -> [UInt8] { box("moov", children.flatMap { $0 }) }
    static func udta(_ children: [[UInt8]]) -> [UInt8] { box("udta", children.flatMap { $0 }) }
    static func mdat(_ count: Int) -> [UInt8] { box("mdat", Array(repeating: 0x5A, count: count)) }

    /// A phone-like clip: iPhone keys (location with altitude, make, model, software, local time with offset).
    static func iPhoneClip(moovFirst: Bool = false, media: Int = 3000) -> [UInt8] {
        let moov = moov([
            mvhd(created: mac(1_563_956_757), timescale: 600, duration: 2401),
            trak(handler: "soun", format: "mp4a"), trak(handler: "vide", format: "avc1", width: 1920, height: 1080),
            keys([
                ("com.apple.quicktime.location.ISO6709", "+32.0929+034.8620+028.516/"),
                ("com.apple.quicktime.make", "Apple"), ("com.apple.quicktime.model", "iPhone 6"),
                ("com.apple.quicktime.software", "12.3"), ("com.apple.quicktime.creationdate", "2019-07-24T11:25:40+0300"),
            ]),
        ])
        let head = ftyp("qt  ", compatible: ["qt  "]) + box("wide", [])
        return moovFirst ? head + moov + mdat(media) : head + mdat(media) + moov
    }

    /// A clip as a re-encoder leaves it: a movie header time and an encoder name, nothing about the filming.
    static func plainClip(media: Int = 2000) -> [UInt8] {
        ftyp() + moov([
            mvhd(created: mac(1_700_000_000), duration: 5000), trak(handler: "vide", format: "avc1", width: 720, height: 1280),
            udta([itunes([("©too", "Lavf58.76.100")])]),
        ]) + mdat(media)
    }
}
