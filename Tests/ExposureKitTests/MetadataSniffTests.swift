import Foundation
import Testing
@testable import ExposureKit

private typealias C = MetadataContainers

@Suite("Metadata: format sniffing")
struct MetadataSniffTests {
    static let cases: [([UInt8], MediaFormat)] = [
        ([0xFF, 0xD8, 0xFF, 0xE0], .jpeg),
        (C.pngSignature, .png),
        (C.ascii("GIF87a"), .gif), (C.ascii("GIF89a"), .gif),
        (C.ascii("RIFF") + C.le32(100) + C.ascii("WEBP"), .webp),
        (C.ascii("RIFF") + C.le32(100) + C.ascii("WAVE"), .unknown),
        (ftyp("heic", ["mif1", "heic"]), .heif), (ftyp("mif1", ["heic"]), .heif), (ftyp("msf1", []), .heif),
        (ftyp("avif", ["avif", "mif1"]), .heif),
        (ftyp("isom", ["iso2", "avc1", "mp41"]), .mp4), (ftyp("mp42", []), .mp4), (ftyp("M4V ", []), .mp4),
        (ftyp("dash", []), .mp4), (ftyp("iso6", []), .mp4),
        (ftyp("qt  ", ["qt  "]), .quicktime),
        (ftyp("3gp4", ["isom"]), .mp4),
        (ftyp("crx ", []), .unknown),
        (C.be32(8) + C.ascii("wide") + C.be32(100) + C.ascii("mdat"), .quicktime),
        (C.ascii("%PDF-1.7"), .unknown), ([], .unknown), ([0xFF, 0xD8], .unknown),
    ]

    static func ftyp(_ major: String, _ compatible: [String]) -> [UInt8] {
        let payload = C.ascii(major) + C.be32(0) + compatible.flatMap(C.ascii)
        return C.be32(payload.count + 8) + C.ascii("ftyp") + payload
    }

    @Test("Magic bytes decide the format", arguments: cases)
    func sniff(bytes: [UInt8], expected: MediaFormat) {
        #expect(MediaFormat.sniff(bytes) == expected)
        #expect(MediaFormat.sniff(Data(bytes)) == expected)
    }

    @Test("GIF is unsupported at once, without further reading")
    func unsupportedStopsEarly() {
        var probe = EXIFProbe()
        let head = C.ascii("GIF89a") + Array(repeating: 0, count: MediaFormat.sniffLength)
        #expect(probe.feed(Data(head)) == .done(FileInspection(format: .gif, status: .unsupported)))
    }

    @Test("Unknown bytes and empty files are unreadable with a reason")
    func unknown() {
        let unknown = MediaInspector.inspect(data: Data(C.ascii("just some text, not an image at all")))
        #expect(unknown == FileInspection(format: .unknown, status: .unreadable, problem: "The file is not a recognised image or video format."))
        #expect(MediaInspector.inspect(data: Data()).problem == "The file is empty.")
    }

    @Test("A tiny but complete JPEG shorter than the sniffing window is read")
    func tinyJPEG() {
        #expect(MediaInspector.inspect(data: Data([0xFF, 0xD8, 0xFF, 0xD9])) == FileInspection(format: .jpeg, status: .no))
    }
}
