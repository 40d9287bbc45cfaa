import Foundation
import Testing
@testable import ExposureKit

private typealias C = MetadataContainers
private typealias V = VideoBuilder

/// `Cleaner` on hand-built files of every format: what gives the person away is gone, what is kept reads
/// back, and every other byte is where it was.
@Suite("Clean: generated files per format")
struct CleanFormatTests {
    static let tiff = MetadataTIFF.camera.build()

    /// The inspector's reading of a cleaned copy: no location, no device, no capture time.
    static func expectClean(_ bytes: [UInt8]?, orientation: Int? = 6) {
        let inspection = MediaInspector.inspect(data: Data(bytes ?? []))
        let exif = inspection.exif ?? FileEXIF()
        #expect(inspection.status != .unreadable)
        #expect(!exif.hasLocation && exif.gpsAltitude == nil)
        #expect(exif.make == nil && exif.model == nil && exif.serialNumber == nil && exif.lensModel == nil && exif.software == nil)
        #expect(exif.dateTimeOriginal == nil)
        #expect(exif.orientation == orientation)
    }

    @Test("JPEG: EXIF rebuilt with the orientation, XMP, IPTC, comments and trailer gone, ICC and scan data byte for byte")
    func jpeg() throws {
        let icc = C.segment(0xE2, C.ascii("ICC_PROFILE\0") + [1, 1] + Array(repeating: 0x33, count: 40))
        let xmp = C.segment(0xE1, C.ascii("http://ns.adobe.com/xap/1.0/\0") + C.ascii("<x:xmpmeta>GPS</x:xmpmeta>"))
        let iptc = C.segment(0xED, C.ascii("Photoshop 3.0\0") + Array(repeating: 0x44, count: 20))
        let comment = C.segment(0xFE, C.ascii("Taken at home"))
        let dqt = C.segment(0xDB, [0] + Array(repeating: 0x10, count: 64))
        let original = C.jpeg([C.segment(0xE0, C.ascii("JFIF\0") + [1, 2, 0, 0, 1, 0, 1, 0, 0]), C.app1(Self.tiff), icc, xmp, iptc, comment, dqt])
            + C.ascii("TRAILER-with-a-second-picture")
        let run = try CleanTesting.clean(original, name: "photo.jpg")
        let output = try #require(run.output, "\(run.outcome.leftOut ?? "")")
        Self.expectClean(output)
        for kept in [icc, dqt, [0x12, 0x34, 0xFF, 0x00, 0x56, 0xFF, 0xD9]] { #expect(CleanTesting.contains(output, kept)) }
        for gone in [xmp, iptc, comment, C.ascii("TRAILER")] { #expect(!CleanTesting.contains(output, gone)) }
        #expect(output.suffix(2).elementsEqual([0xFF, 0xD9]))
        #expect(run.outcome.removed.contains("GPS position") && run.outcome.kept.contains("orientation"))
    }

    @Test("--keep time keeps the capture time and still removes the rest; without orientation the EXIF block may go whole")
    func keepGroups() throws {
        let original = C.jpeg([C.app1(Self.tiff)])
        let kept = try #require(try CleanTesting.clean(original, name: "a.jpg", keep: [.time, .orientation]).output)
        let exif = try #require(MediaInspector.inspect(data: Data(kept)).exif)
        #expect(exif.dateTimeOriginal == "2021:04:11 15:47:53" && exif.make == nil && !exif.hasLocation)
        let bare = try #require(try CleanTesting.clean(original, name: "b.jpg", keep: []).output)
        #expect(MediaInspector.inspect(data: Data(bare)).exif?.orientation == nil)
    }

    @Test("PNG: eXIf rebuilt with a correct CRC, text and tIME chunks dropped, other chunks byte for byte")
    func png() throws {
        let text = C.pngChunk("tEXt", C.ascii("Author\0Someone"))
        let xmp = C.pngChunk("iTXt", C.ascii("XML:com.adobe.xmp\0\0\0\0\0<x/>"))
        let time = C.pngChunk("tIME", [0x07, 0xE5, 4, 11, 15, 47, 53])
        let gamma = C.pngChunk("gAMA", C.be32(45_455))
        let original = C.png(side: 4, before: [gamma, C.pngChunk("eXIf", Self.tiff), text], after: [xmp, time])
        let output = try #require(try CleanTesting.clean(original, name: "p.png").output)
        Self.expectClean(output)
        for gone in [text, xmp, time] { #expect(!CleanTesting.contains(output, gone)) }
        #expect(CleanTesting.contains(output, gamma))
        for chunk in Self.pngChunks(output) { #expect(chunk.crcMatches, "\(chunk.type)") }
    }

    @Test("WebP: EXIF rebuilt, XMP dropped, its VP8X flag cleared and the RIFF size right; image chunk byte for byte")
    func webp() throws {
        let image = C.riffChunk("VP8 ", Array(repeating: 0x2A, count: 301))
        let vp8x = C.riffChunk("VP8X", [0x0C, 0, 0, 0, 0, 0, 0, 0, 0, 0])
        let original = C.webp([vp8x, image, C.riffChunk("EXIF", Self.tiff), C.riffChunk("XMP ", C.ascii("<x:xmpmeta/>"))])
        let output = try #require(try CleanTesting.clean(original, name: "w.webp").output)
        Self.expectClean(output)
        #expect(Int(output[4]) | Int(output[5]) << 8 | Int(output[6]) << 16 | Int(output[7]) << 24 == output.count - 8)
        #expect(output[20] == 0x08)  // EXIF still there (orientation), XMP flag cleared
        #expect(CleanTesting.contains(output, image) && !CleanTesting.contains(output, C.ascii("xmpmeta")))
    }

    @Test("HEIF: the Exif item is rewritten in place, so the file keeps its size and only that item's bytes change",
          arguments: [MetadataHEIF(), MetadataHEIF(twoExtents: true), MetadataHEIF(ilocVersion: 1, constructionMethod: 1), MetadataHEIF(ilocVersion: 1, baseOffsetSize: 4)])
    func heif(layout: MetadataHEIF) throws {
        let original = layout.build(Self.tiff)
        let run = try CleanTesting.clean(original, name: "h.heic")
        let output = try #require(run.output, "\(run.outcome.leftOut ?? "")")
        Self.expectClean(output)
        #expect(output.count == original.count)
        let marker: [UInt8] = C.ascii("Exif") + [0, 0, 0x49]
        let found = (0..<original.count - marker.count).first { original[$0..<$0 + marker.count].elementsEqual(marker) }
        let itemStart = try #require(found)
        #expect(CleanTesting.differences(original, output).allSatisfy { $0 >= itemStart && $0 < itemStart + 6 + Self.tiff.count })
    }

    @Test("MP4/MOV: location, device and capture time boxes become free boxes of the same size; the media data does not move")
    func video() throws {
        let original = V.iPhoneClip()
        let run = try CleanTesting.clean(original, name: "clip.mov")
        let output = try #require(run.output, "\(run.outcome.leftOut ?? "")")
        #expect(output.count == original.count)
        let video = try #require(MediaInspector.inspect(data: Data(output)).video)
        #expect(!video.hasLocation && video.make == nil && video.model == nil && video.software == nil && video.capturedAt == nil)
        #expect(video.containerCreated == nil && video.width == 1920 && video.duration != nil)
        let mdat = try #require(CleanTesting.topBoxes(original).first { $0.type == "mdat" })
        #expect(output[mdat.range].elementsEqual(original[mdat.range]))
    }

    @Test("MP4 user data: ©xyz, loci, ©mak and a GoPro serial go, the encoder name stays")
    func userData() throws {
        let original = V.ftyp() + V.moov([
            V.mvhd(created: 0, duration: 10),
            V.udta([V.text("©xyz", "+48.8584+002.2945/"), V.loci(latitude: 48.85, longitude: 2.29, altitude: 30),
                    V.text("©mak", "Samsung"), V.box("CAME", Array(repeating: 7, count: 16)), V.text("©too", "Lavf58")]),
        ]) + V.mdat(100)
        let output = try #require(try CleanTesting.clean(original, name: "u.mp4").output)
        let video = try #require(MediaInspector.inspect(data: Data(output)).video)
        #expect(!video.hasLocation && video.make == nil && video.serialNumber == nil && video.encoder == "Lavf58")
    }

    @Test("a video with a GoPro GPS track is left out: its trail sits in the media data")
    func timedTrack() throws {
        let original = V.ftyp() + V.moov([V.mvhd(created: 0, duration: 10), V.trak(handler: "meta", format: "gpmd")]) + V.mdat(100)
        let run = try CleanTesting.clean(original, name: "gopro.mp4")
        #expect(run.output == nil && run.written.isEmpty)
        #expect(run.outcome.leftOut?.contains("gpmd") == true)
    }

    @Test("damaged and unknown files are left out with a reason and nothing is written",
          arguments: [("cut.jpg", Array(C.jpeg([C.app1(tiff)]).dropLast(4))), ("noise.bin", C.ascii("not a picture at all, just text")),
                      ("empty.jpg", []), ("cut.png", Array(C.png(before: [C.pngChunk("eXIf", tiff)]).dropLast(10))),
                      ("nomoov.mp4", V.ftyp() + V.mdat(50))])
    func damaged(name: String, bytes: [UInt8]) throws {
        let run = try CleanTesting.clean(bytes, name: name)
        #expect(run.outcome.leftOut?.isEmpty == false)
        #expect(run.written.isEmpty)
    }

    @Test("--in-place replaces the original through a temporary file and leaves nothing else behind")
    func inPlace() throws {
        let folder = Paths.temporaryFolder()
        let file = folder.appendingPathComponent("p.jpg")
        try Data(C.jpeg([C.app1(Self.tiff)])).write(to: file)
        let outcome = Cleaner.clean(file.path, to: .inPlace)
        #expect(outcome.leftOut == nil && outcome.output == file.path)
        Self.expectClean(Array(try Data(contentsOf: file)))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["p.jpg"])
    }

    private struct Chunk {
        let type: String
        let crcMatches: Bool
    }

    private static func pngChunks(_ bytes: [UInt8]) -> [Chunk] {
        var chunks: [Chunk] = []
        var offset = 8
        while offset + 12 <= bytes.count {
            let length = bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
            let typed = Array(bytes[offset + 4..<offset + 8 + length])
            let stored = bytes[offset + 8 + length..<offset + 12 + length].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
            chunks.append(Chunk(type: String(decoding: typed.prefix(4), as: UTF8.self), crcMatches: CRC32.of(typed) == stored))
            offset += 12 + length
        }
        return chunks
    }
}
