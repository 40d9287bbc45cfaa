import Foundation

/// Reads a movie header (`moov`) held in memory: times, duration, size, tracks, and the metadata boxes.
enum MovieHeader {
    /// Sample formats of timed metadata that can hold a GPS trail (GoPro, Google's camera motion, Apple).
    static let timedFormats: Set<String> = ["gpmd", "camm", "mebx"]

    static func read(_ body: ArraySlice<UInt8>, into clues: inout VideoClues) {
        let children = VideoBoxes.split(body, in: "the movie header")
        clues.movieRead = true
        if let damage = children.damage { clues.damage.append(damage) }
        if let mvhd = children.first("mvhd") { readMovieHeader(mvhd.body, &clues) }
        if let mvex = children.first("mvex") { readExtends(mvex.body, timescale: timescale(children), &clues) }
        for trak in children.all("trak") { readTrack(trak.body, &clues) }
        for meta in children.all("meta") { VideoItemList.read(meta.body, in: "meta", &clues) }
        for udta in children.all("udta") { VideoUserData.read(udta.body, &clues) }
    }

    /// Creation time and duration; version 1 widens the times and the duration to 64 bits.
    private static func readMovieHeader(_ body: ArraySlice<UInt8>, _ clues: inout VideoClues) {
        guard let (version, rest) = VideoBoxes.fullBox(body) else { return }
        var reader = ByteReader(rest)
        let wide = version == 1
        guard let created = try? reader.bigEndian(wide ? 8 : 4), (try? reader.skip(wide ? 8 : 4)) != nil,
              let scale = try? reader.u32(), let length = try? reader.bigEndian(wide ? 8 : 4)
        else {
            clues.damage.append("The movie header's time fields are cut short.")
            return
        }
        clues.containerCreated = VideoTime.containerTime(created)
        if scale > 0, length > 0, length != (wide ? UInt64.max : UInt64(UInt32.max)) {
            clues.duration = Double(length) / Double(scale)
        }
    }

    private static func timescale(_ children: VideoBoxList) -> UInt32? {
        guard let mvhd = children.first("mvhd"), let (version, rest) = VideoBoxes.fullBox(mvhd.body) else { return nil }
        var reader = ByteReader(rest)
        guard (try? reader.skip(version == 1 ? 16 : 8)) != nil else { return nil }
        return try? reader.u32()
    }

    /// A fragmented movie: its header's duration is 0 and the whole length is in `mehd`.
    private static func readExtends(_ body: ArraySlice<UInt8>, timescale: UInt32?, _ clues: inout VideoClues) {
        clues.fragmented = true
        guard clues.duration == nil, let timescale, timescale > 0,
              let mehd = VideoBoxes.split(body, in: "mvex").first("mehd"), let (version, rest) = VideoBoxes.fullBox(mehd.body)
        else { return }
        var reader = ByteReader(rest)
        if let length = try? reader.bigEndian(version == 1 ? 8 : 4), length > 0 {
            clues.duration = Double(length) / Double(timescale)
        }
    }

    /// The first video track's size, and any timed metadata track.
    private static func readTrack(_ body: ArraySlice<UInt8>, _ clues: inout VideoClues) {
        let children = VideoBoxes.split(body, in: "a track")
        let media = children.first("mdia").map { VideoBoxes.split($0.body, in: "a track's media") } ?? VideoBoxList()
        let handler = media.first("hdlr").flatMap { handlerType($0.body) }
        let format = media.first("minf").flatMap { sampleFormat($0.body) }
        if handler == "vide", clues.width == nil, let tkhd = children.first("tkhd"), let size = trackSize(tkhd.body) {
            (clues.width, clues.height) = size
        }
        if let format, timedFormats.contains(format), !clues.timedMetadata.contains(format) {
            clues.timedMetadata.append(format)
        }
    }

    /// The handler type of an `hdlr` box (`vide`, `soun`, `meta`, `mdta`, `mdir`).
    static func handlerType(_ body: ArraySlice<UInt8>) -> String? {
        guard body.count >= 12 else { return nil }
        return VideoBoxes.fourCC(body.dropFirst(8).prefix(4))
    }

    /// The format of the first sample description in `minf/stbl/stsd`.
    private static func sampleFormat(_ minf: ArraySlice<UInt8>) -> String? {
        guard let stbl = VideoBoxes.split(minf, in: "minf").first("stbl"),
              let stsd = VideoBoxes.split(stbl.body, in: "stbl").first("stsd"), stsd.body.count >= 16
        else { return nil }
        return VideoBoxes.fourCC(stsd.body.dropFirst(12).prefix(4))
    }

    /// Width and height, the last two 16.16 fixed-point fields of `tkhd`; nil when zero.
    private static func trackSize(_ body: ArraySlice<UInt8>) -> (Int, Int)? {
        guard body.count >= 84 else { return nil }
        var reader = ByteReader(body.suffix(8))
        guard let width = try? reader.u32(), let height = try? reader.u32(), width >= 0x10000, height >= 0x10000 else { return nil }
        return (Int(width >> 16), Int(height >> 16))
    }
}
