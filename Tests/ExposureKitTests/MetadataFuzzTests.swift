import Foundation
import Testing
@testable import ExposureKit

private typealias C = MetadataContainers

/// Damaged files must never crash or hang the probe, and its verdict must not depend on chunking.
@Suite("Metadata: fuzzing the probe")
struct MetadataFuzzTests {
    /// A small seeded generator (SplitMix64), so a failure can be replayed.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func seeds() -> [[UInt8]] {
        let tiff = MetadataTIFF.camera.build()
        var seeds = [
            C.jpeg([C.segment(0xFE, C.ascii("comment")), C.segment(0xE2, Array(repeating: 3, count: 300)), C.app1(tiff)]),
            C.png(before: [C.pngChunk("eXIf", tiff)]), C.png(after: [C.pngChunk("eXIf", tiff)]),
            C.webp(C.webpImage(exifFlag: true) + [C.riffChunk("EXIF", tiff)]),
            MetadataHEIF().build(tiff), MetadataHEIF(ilocVersion: 1, constructionMethod: 1).build(tiff),
            MetadataHEIF(ilocVersion: 2, baseOffsetSize: 8, twoExtents: true).build(tiff),
            VideoBuilder.iPhoneClip(moovFirst: true, media: 300), VideoBuilder.iPhoneClip(moovFirst: false, media: 300),
            VideoBuilder.plainClip(media: 300),
        ]
        if FileManager.default.fileExists(atPath: MetadataExiftoolTests.samples.path) {
            let files = MetadataExiftoolTests.sampleFiles()
            let picked = files.enumerated().filter { $0.offset % 12 == 0 || $0.element.pathExtension.lowercased().hasPrefix("hei") }
            seeds += picked.compactMap { try? Data(contentsOf: $0.element).prefix(64 * 1024) }.map { Array($0) }
        }
        return seeds
    }

    static func mutate(_ input: [UInt8], using rng: inout SeededGenerator) -> [UInt8] {
        var bytes = input
        for _ in 0..<Int.random(in: 1...3, using: &rng) where !bytes.isEmpty {
            // Headers sit at the start, so damage lands there half the time.
            let limit = Bool.random(using: &rng) ? min(bytes.count, 600) : bytes.count
            let at = Int.random(in: 0..<limit, using: &rng)
            switch Int.random(in: 0..<5, using: &rng) {
            case 0: bytes[at] ^= 1 << UInt8.random(in: 0...7, using: &rng)
            case 1: bytes[at] = [0x00, 0xFF, 0x01, 0x7F].randomElement(using: &rng)!
            case 2:
                let lengths: [[UInt8]] = [[0xFF, 0xFF, 0xFF, 0xFF], [0x7F, 0xFF, 0xFF, 0xFF], [0, 0, 0, 1], [0, 0, 0, 0], [0xFF, 0xFF]]
                for (i, byte) in lengths.randomElement(using: &rng)!.enumerated() where at + i < bytes.count { bytes[at + i] = byte }
            case 3: bytes = Array(bytes.prefix(Int.random(in: 0...bytes.count, using: &rng)))
            default:
                let noise = (0..<Int.random(in: 1...9, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
                bytes.insert(contentsOf: noise, at: at)
            }
        }
        return bytes
    }

    @Test("Thousands of damaged files: no crash, no hang, same verdict for any chunking")
    func damagedFiles() {
        var rng = SeededGenerator(state: 20_240_611)
        let seeds = Self.seeds()
        var statuses: [EXIFStatus: Int] = [:]
        for round in 0..<6000 {
            let input = Self.mutate(seeds[round % seeds.count], using: &rng)
            let maxChunk = input.count < 4096 && Bool.random(using: &rng) ? 16 : 4096  // tiny chunks only on small files, for speed
            var probe = EXIFProbe()
            var offset = 0, feeds = 0
            var result: FileInspection?
            while offset < input.count, result == nil {
                let end = min(input.count, offset + Int.random(in: 1...maxChunk, using: &rng))
                if case .done(let done) = probe.feed(Data(input[offset..<end])) { result = done }
                offset = end
                feeds += 1
            }
            let chunked = result ?? probe.finish()
            let whole = MediaInspector.inspect(data: Data(input))
            statuses[chunked.status, default: 0] += 1
            #expect(feeds <= input.count)
            #expect(chunked == whole, "round \(round): chunked \(chunked) vs whole \(whole)")
            if chunked != whole { return }
        }
        print("fuzz: 6000 damaged files from \(seeds.count) seeds; statuses: \(statuses.map { "\($0.key.rawValue) \($0.value)" }.sorted())")
    }
}
