import Foundation
import Testing
@testable import ExposureKit

private typealias C = MetadataContainers

@Suite("Metadata: JPEG walking")
struct MetadataJPEGTests {
    private let camera = MetadataTIFF.camera.build()

    @Test("APP1 after COM, DQT, APP0 and APP2 is found, whatever the chunk size")
    func app1AfterOtherSegments() {
        let file = C.jpeg([
            C.segment(0xFE, C.ascii("a comment")), C.segment(0xDB, Array(repeating: 1, count: 65)),
            C.segment(0xE0, C.ascii("JFIF") + [0, 1, 1, 0, 0, 1, 0, 1, 0, 0]), C.segment(0xE2, Array(repeating: 2, count: 500)),
            C.app1(camera),
        ])
        #expect(MetadataProbing.allWays(file) == FileInspection(format: .jpeg, status: .yes, exif: MetadataTIFF.cameraEXIF))
    }

    @Test("APP1 past 180 KB is found while skipped segments are dropped, not buffered")
    func app1FarIn() {
        let filler = (0..<4).map { _ in C.segment(0xE2, Array(repeating: 7, count: 65_000)) }
        let file = C.jpeg(filler + [C.app1(camera)])
        #expect(MetadataProbing.allWays(file)?.status == .yes)
        for size in [1, 7] {
            let run = MetadataProbing.run(file, chunk: size)
            #expect(run.result.exif == MetadataTIFF.cameraEXIF)
            #expect(run.probe.peakBufferedBytes < camera.count + 64)
        }
    }

    @Test("A probe asks a seekable reader to skip a segment's payload")
    func exposesSkip() {
        var probe = EXIFProbe()
        let file = C.jpeg([C.segment(0xE2, Array(repeating: 7, count: 60_000)), C.app1(camera)])
        #expect(probe.feed(Data(file.prefix(40))) == .needMore)
        #expect(probe.bytesToSkip == Int64(2 + 4 + 60_000 - 40))
        probe.didSkip(probe.bytesToSkip)
        let result = probe.feed(Data(file.dropFirst(2 + 4 + 60_000)))
        #expect(result == .done(FileInspection(format: .jpeg, status: .yes, exif: MetadataTIFF.cameraEXIF)))
    }

    @Test("An XMP APP1 before the EXIF APP1 is skipped")
    func xmpFirst() {
        let file = C.jpeg([C.segment(0xE1, C.ascii("http://ns.adobe.com/xap/1.0/\0<x/>")), C.app1(camera)])
        #expect(MetadataProbing.allWays(file)?.exif == MetadataTIFF.cameraEXIF)
    }

    @Test("Fill bytes before a marker are allowed")
    func fillBytes() {
        let file: [UInt8] = [0xFF, 0xD8, 0xFF, 0xFF] + C.app1(camera) + [0xFF, 0xD9]
        #expect(MetadataProbing.allWays(file)?.status == .yes)
    }

    @Test("No APP1: status no, decided at SOS without reading the scan")
    func noApp1() {
        let file = C.jpeg([C.segment(0xE0, C.ascii("JFIF\0") + [1, 1, 0, 0, 1, 0, 1, 0, 0])])
        #expect(MetadataProbing.allWays(file) == FileInspection(format: .jpeg, status: .no))
        let upToScan = Array(file.dropLast(4))  // cut inside the scan data
        #expect(MetadataProbing.run(upToScan, chunk: 1).result.status == .no)
    }

    @Test("Facebook's IPTC APP13 FBMD marker alone is not EXIF")
    func facebookMarkerOnly() {
        let iptc = C.ascii("Photoshop 3.0\0") + C.ascii("8BIM") + [0x04, 0x04, 0, 0] + C.be32(40)
            + [0x1C, 0x02, 0x28] + C.be16(37) + C.ascii("FBMD01000a8f0100004d0b00002a1000005c1")
        let file = C.jpeg([C.segment(0xE0, C.ascii("JFIF\0") + [1, 1, 0, 0, 1, 0, 1, 0, 0]), C.segment(0xED, iptc)])
        #expect(MetadataProbing.allWays(file) == FileInspection(format: .jpeg, status: .no))
    }

    @Test("A file cut inside a segment is unreadable")
    func truncated() {
        let file = Array(C.jpeg([C.segment(0xE2, Array(repeating: 7, count: 5000)), C.app1(camera)]).prefix(3000))
        let result = MetadataProbing.allWays(file)
        #expect(result?.status == .unreadable)
        #expect(result?.problem?.contains("truncated") == true)
    }

    @Test("Bytes where a marker should be make the file unreadable")
    func missingMarker() {
        let file: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x00, 0x00] + Array(repeating: 0x41, count: 40)
        #expect(MetadataProbing.allWays(file)?.status == .unreadable)
    }
}
