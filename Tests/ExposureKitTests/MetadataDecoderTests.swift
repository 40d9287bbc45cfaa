import Foundation
import Testing
@testable import ExposureKit

@Suite("Metadata: EXIF decoding with libexif")
struct MetadataDecoderTests {
    private func decode(_ tiff: MetadataTIFF) -> FileInspection {
        EXIFDecoder.inspection(of: Data(EXIFBlock.header + tiff.build()), format: .jpeg)
    }

    @Test("All fields of a camera block, in both byte orders")
    func cameraFields() {
        var tiff = MetadataTIFF.camera
        #expect(decode(tiff).exif == MetadataTIFF.cameraEXIF)
        tiff.bigEndian = true
        #expect(decode(tiff).exif == MetadataTIFF.cameraEXIF)
    }

    @Test("SRATIONAL GPS with S/W references gives negative degrees")
    func signedRationalGPS() {
        let tiff = MetadataTIFF(gps: [
            (0x0001, .ascii("S")), (0x0002, .srational([(33, 1), (51, 1), (3054, 100)])),
            (0x0003, .ascii("W")), (0x0004, .srational([(151, 1), (12, 1), (3600, 100)])),
        ])
        let exif = decode(tiff).exif
        #expect(abs((exif?.gpsLatitude ?? 0) - -(33 + 51 / 60.0 + 30.54 / 3600)) < 1e-9)
        #expect(abs((exif?.gpsLongitude ?? 0) - -(151 + 12 / 60.0 + 36 / 3600)) < 1e-9)
    }

    @Test("Altitude reference 1 means below sea level")
    func belowSeaLevel() {
        let tiff = MetadataTIFF(gps: [(0x0005, .byte(1)), (0x0006, .rational([(4305, 10)]))])
        #expect(decode(tiff).exif == FileEXIF(gpsAltitude: -430.5))
    }

    @Test("A zero denominator means no value")
    func zeroDenominator() {
        let tiff = MetadataTIFF(gps: [
            (0x0001, .ascii("N")), (0x0002, .rational([(43, 1), (28, 0), (0, 1)])),
            (0x0003, .ascii("E")), (0x0004, .rational([(11, 1), (53, 1), (0, 1)])), (0x0006, .rational([(12, 0)])),
        ])
        let exif = decode(tiff).exif
        #expect(exif?.gpsLatitude == nil)
        #expect(exif?.gpsLongitude == 11 + 53 / 60.0)
        #expect(exif?.gpsAltitude == nil)
        #expect(exif?.hasLocation == false)
    }

    @Test("Orientation stored as LONG or BYTE is still read")
    func nonStandardOrientation() {
        #expect(decode(MetadataTIFF(ifd0: [(0x0112, .long(8))])).exif?.orientation == 8)
        #expect(decode(MetadataTIFF(ifd0: [(0x0112, .byte(3))])).exif?.orientation == 3)
    }

    @Test("Text is cut at NUL and trimmed; blank text is no value; Latin-1 survives")
    func textCleanup() {
        let tiff = MetadataTIFF(ifd0: [
            (0x010F, .rawASCII(Array("  NIKON  ".utf8))),  // no NUL terminator
            (0x0110, .rawASCII(Array("D70\0garbage".utf8) + [0])),
            (0x0131, .rawASCII([0x20, 0x20, 0])),
            (0x013B, .ascii("ignored artist")),
        ], exif: [(0xA434, .rawASCII([0x4F, 0x6C, 0x79, 0x6D, 0x70, 0x75, 0x73, 0xB5, 0]))])
        #expect(decode(tiff).exif == FileEXIF(make: "NIKON", model: "D70", lensModel: "Olympusµ"))
    }

    @Test("GPS tags are looked up in the GPS IFD only")
    func gpsOnlyFromGPSIFD() {
        let tiff = MetadataTIFF(ifd0: [(0x0002, .rational([(10, 1), (0, 1), (0, 1)])), (0x0004, .rational([(20, 1)]))])
        #expect(decode(tiff).exif?.gpsLatitude == nil)
    }

    @Test("A block that is not TIFF, or whose IFD points nowhere, is unreadable")
    func unreadable() {
        let notTIFF = EXIFDecoder.inspection(of: Data(EXIFBlock.header + Array("XX*\0abcdefgh".utf8)), format: .png)
        #expect(notTIFF.status == .unreadable)
        #expect(notTIFF.problem == "The EXIF block does not start with a TIFF header.")
        let pointsNowhere = Data(EXIFBlock.header + [0x49, 0x49, 0x2A, 0x00, 0xFF, 0xFF, 0x00, 0x00, 0, 0, 0, 0])
        #expect(EXIFDecoder.inspection(of: pointsNowhere, format: .jpeg).status == .unreadable)
    }

    @Test("Decoding in parallel tasks gives the same fields")
    func parallel() async {
        let block = Data(EXIFBlock.header + MetadataTIFF.camera.build())
        let results = await withTaskGroup(of: FileEXIF?.self) { group in
            for _ in 0..<64 { group.addTask { EXIFDecoder.inspection(of: block, format: .jpeg).exif } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.allSatisfy { $0 == MetadataTIFF.cameraEXIF })
    }
}
