import Foundation
import Testing
@testable import ExposureKit

private typealias C = MetadataContainers

@Suite("Metadata: PNG, WebP and HEIF walking")
struct MetadataContainerTests {
    private let camera = MetadataTIFF.camera.build()

    private func yes(_ format: MediaFormat) -> FileInspection {
        FileInspection(format: format, status: .yes, exif: MetadataTIFF.cameraEXIF)
    }

    @Test("PNG eXIf is found before or after IDAT, with or without an Exif prefix")
    func pngFound() {
        #expect(MetadataProbing.allWays(C.png(before: [C.pngChunk("eXIf", camera)])) == yes(.png))
        #expect(MetadataProbing.allWays(C.png(after: [C.pngChunk("tEXt", C.ascii("a\0b")), C.pngChunk("eXIf", camera)])) == yes(.png))
        #expect(MetadataProbing.allWays(C.png(before: [C.pngChunk("eXIf", C.ascii("Exif\0\0") + camera)])) == yes(.png))
    }

    @Test("PNG without eXIf is no; broken or cut PNGs are unreadable")
    func pngNotFound() {
        #expect(MetadataProbing.allWays(C.png()) == FileInspection(format: .png, status: .no))
        let huge = C.pngSignature + C.be32(0x7FFF_FFF0) + C.ascii("eXIf") + camera
        #expect(MetadataProbing.allWays(huge)?.status == .unreadable)
        let cut = Array(C.png(after: [C.pngChunk("eXIf", camera)]).dropLast(30))
        #expect(MetadataProbing.allWays(cut)?.status == .unreadable)
    }

    @Test("WebP EXIF after the image data is found; the image payload is not buffered")
    func webpFound() {
        let file = C.webp(C.webpImage(exifFlag: true) + [C.riffChunk("EXIF", camera)])
        #expect(MetadataProbing.allWays(file) == yes(.webp))
        #expect(MetadataProbing.run(file, chunk: 1).probe.peakBufferedBytes <= camera.count + 8)
        let prefixed = C.webp(C.webpImage(exifFlag: true) + [C.riffChunk("EXIF", C.ascii("Exif\0\0") + camera)])
        #expect(MetadataProbing.allWays(prefixed) == yes(.webp))
    }

    @Test("WebP EXIF is read even when the VP8X flag wrongly says there is none")
    func webpFlagNotTrusted() {
        let file = C.webp(C.webpImage(exifFlag: false) + [C.riffChunk("EXIF", camera)])
        #expect(MetadataProbing.allWays(file) == yes(.webp))
    }

    @Test("WebP without EXIF is no; a chunk past the container is unreadable")
    func webpNotFound() {
        #expect(MetadataProbing.allWays(C.webp(C.webpImage(exifFlag: false))) == FileInspection(format: .webp, status: .no))
        let lying = C.webp([C.ascii("EXIF") + C.le32(0x7FFF_0000) + camera])
        #expect(MetadataProbing.allWays(lying)?.status == .unreadable)
    }

    static let heifLayouts: [MetadataHEIF] = [
        MetadataHEIF(),
        MetadataHEIF(ilocVersion: 1, offsetSize: 8, lengthSize: 8, baseOffsetSize: 8, indexSize: 4),
        MetadataHEIF(ilocVersion: 2, offsetSize: 4, lengthSize: 4, baseOffsetSize: 4, indexSize: 0),
        MetadataHEIF(ilocVersion: 1, twoExtents: true),
        MetadataHEIF(ilocVersion: 1, constructionMethod: 1),
        MetadataHEIF(tiffPrefix: []),
        MetadataHEIF(largeMdat: true),
    ]

    @Test("HEIF EXIF item is located through iinf and iloc", arguments: heifLayouts)
    func heifFound(layout: MetadataHEIF) {
        let file = layout.build(camera)
        #expect(MetadataProbing.allWays(file) == yes(.heif))
        #expect(MetadataProbing.run(file, chunk: 1).probe.peakBufferedBytes < 1000)
    }

    @Test("HEIF without an Exif item is no; EXIF stored before meta is unreadable")
    func heifNotFound() {
        #expect(MetadataProbing.allWays(MetadataHEIF(withExifItem: false).build(camera)) == FileInspection(format: .heif, status: .no))
        let early = MetadataProbing.allWays(MetadataHEIF(mdatFirst: true).build(camera))
        #expect(early?.status == .unreadable)
        #expect(early?.problem?.contains("before its index") == true)
    }

    @Test("HEIF cut inside or before its EXIF item is unreadable, also when read from disk")
    func heifTruncated() throws {
        for cut in [camera.count / 2, camera.count + 20] {
            let file = Array(MetadataHEIF().build(camera).dropLast(cut))
            #expect(MetadataProbing.allWays(file)?.status == .unreadable)
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("exposure-metadata-\(UUID().uuidString).heic")
            try Data(file).write(to: url)
            defer { try? FileManager.default.removeItem(at: url) }
            #expect(try MediaInspector.inspect(fileAt: url).status == .unreadable)
        }
    }

    @Test("HEIF boxes with absurd 64-bit sizes, or an oversized meta box, are unreadable", arguments: [
        C.be32(1) + C.ascii("free") + C.be64(Int.max - 8), C.be32(1) + C.ascii("free") + [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF],
        C.be32(1) + C.ascii("meta") + C.be64(1 << 40), C.be32(0) + C.ascii("meta"), C.be32(4) + C.ascii("mdat"),
    ])
    func heifHugeSizes(box: [UInt8]) {
        let ftyp = MetadataSniffTests.ftyp("heic", ["mif1"])
        #expect(MetadataProbing.allWays(ftyp + box + Array(repeating: 0, count: 64))?.status == .unreadable)
    }
}
