import Foundation
@testable import ExposureKit

/// Runs a clean on bytes written to a temporary file, and reads files the way the clean tests compare them.
enum CleanTesting {
    struct Run {
        var outcome: CleanOutcome
        /// The cleaned copy's bytes; nil when nothing was written.
        var output: [UInt8]?
        /// Every file the clean left in the output folder.
        var written: [String]
    }

    static func clean(_ bytes: [UInt8], name: String, keep: Set<CleanGroup> = [.orientation]) throws -> Run {
        let folder = Paths.temporaryFolder(), out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let source = folder.appendingPathComponent(name)
        try Data(bytes).write(to: source)
        let outcome = Cleaner.clean(source.path, to: .folder(out), options: CleanOptions(keep: keep))
        let written = try FileManager.default.contentsOfDirectory(atPath: out.path)
        let output = outcome.output.flatMap { FileManager.default.contents(atPath: $0) }.map { Array($0) }
        return Run(outcome: outcome, output: output, written: written)
    }

    /// True when `part` occurs somewhere in `whole`.
    static func contains(_ whole: [UInt8], _ part: [UInt8]) -> Bool {
        guard !part.isEmpty, part.count <= whole.count else { return part.isEmpty }
        return (0...(whole.count - part.count)).contains { whole[$0..<$0 + part.count].elementsEqual(part) }
    }

    /// Indexes where two equally long byte arrays differ.
    static func differences(_ a: [UInt8], _ b: [UInt8]) -> [Int] {
        zip(a, b).enumerated().compactMap { $0.element.0 == $0.element.1 ? nil : $0.offset }
    }

    /// Top-level ISO-BMFF boxes as (type, range), for checks that media data did not move.
    static func topBoxes(_ bytes: [UInt8]) -> [(type: String, range: Range<Int>)] {
        var result: [(String, Range<Int>)] = []
        var offset = 0
        while offset + 8 <= bytes.count {
            var size = Int(bytes[offset]) << 24 | Int(bytes[offset + 1]) << 16 | Int(bytes[offset + 2]) << 8 | Int(bytes[offset + 3])
            if size == 1 { size = bytes[offset + 8..<offset + 16].reduce(0) { $0 << 8 | Int($1) } }
            if size == 0 { size = bytes.count - offset }
            guard size >= 8, offset + size <= bytes.count else { break }
            result.append((String(decoding: bytes[offset + 4..<offset + 8], as: UTF8.self), offset..<offset + size))
            offset += size
        }
        return result
    }

    /// Per file, the tags exiftool (`-a -G1 -n -j`, one run for all files) still finds that tell where, when or
    /// with what: GPS, serial numbers, make and model, capture times. Zero times count as absent (0 is "not set"
    /// in a movie header).
    static func exiftoolLeftovers(_ files: [URL]) throws -> [String: [String]] {
        let json = try MetadataExiftool.run(MetadataExiftool.executable, ["-a", "-G1", "-n", "-j"] + files.map(\.path))
        let objects = try JSONSerialization.jsonObject(with: json) as? [[String: Any]] ?? []
        let telling = try Regex("GPS|Serial|^Make$|^Model$|DateTimeOriginal|CreateDate|CreationDate|DateTimeDigitized|Coordinates")
        var result: [String: [String]] = [:]
        for object in objects {
            let path = URL(fileURLWithPath: object["SourceFile"] as? String ?? "").standardizedFileURL.path
            result[path] = object.compactMap { key, value in
                let parts = key.split(separator: ":", maxSplits: 1).map(String.init)
                guard parts.count == 2, !["System", "File", "ExifTool", "Composite"].contains(parts[0]),
                      parts[1].contains(telling) else { return nil }
                let text = "\(value)"
                return text.allSatisfy({ "0: ".contains($0) }) ? nil : "\(key)=\(text.prefix(40))"
            }.sorted()
        }
        return result
    }

    /// A PNG's header and image data chunks, which a decoder writes the same for the same pixels.
    static func pngPixels(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var offset = 8
        while offset + 12 <= bytes.count {
            let length = bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
            let type = String(decoding: bytes[offset + 4..<offset + 8], as: UTF8.self)
            if type == "IHDR" || type == "IDAT" { out += bytes[offset + 8..<min(bytes.count, offset + 8 + length)] }
            offset += 12 + length
        }
        return out
    }
}
