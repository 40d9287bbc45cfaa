import Foundation
import Testing
@testable import ExposureKit

private typealias C = MetadataContainers

/// Files made by real encoders (cwebp, heif-enc) and tagged by exiftool, cleaned: exiftool then finds nothing
/// that tells where, when or with what, and the decoders (dwebp, heif-convert) give the same pixels.
@Suite("Clean: files made by real tools")
struct CleanToolFilesTests {
    static let tools = ["exiftool", "cwebp", "dwebp", "heif-enc", "heif-convert"].map(MetadataExiftool.tool)
    static let present = tools.allSatisfy { $0 != nil }
    static let tags = [
        "-Make=Canon", "-Model=EOS 5D", "-SerialNumber=0123456789", "-DateTimeOriginal=2021:04:11 15:47:53", "-Orientation#=6",
        "-GPSLatitude=43.47", "-GPSLatitudeRef=N", "-GPSLongitude=11.88", "-GPSLongitudeRef=E", "-XMP:CreatorTool=Camera app",
    ]

    @Test("WebP (lossy and lossless), HEIC and PNG: no telling tag left, orientation kept, the same decoded pixels",
          .enabled(if: present, "needs exiftool, cwebp, dwebp, heif-enc and heif-convert on PATH"))
    func encodedFiles() throws {
        let folder = Paths.temporaryFolder(), out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let png = folder.appendingPathComponent("grey.png")
        try Data(C.png(side: 16)).write(to: png)
        let files = ["lossy.webp": ["-quiet", png.path], "lossless.webp": ["-quiet", "-lossless", png.path], "photo.heic": [png.path]]
        var made = [png]
        for (name, arguments) in files {
            let file = folder.appendingPathComponent(name)
            try MetadataExiftool.run(name.hasSuffix("webp") ? Self.tools[1] : Self.tools[3], arguments + ["-o", file.path])
            made.append(file)
        }
        for file in made {
            try MetadataExiftool.write(file, Self.tags)
            let outcome = Cleaner.clean(file.path, to: .folder(out))
            let copy = try #require(outcome.output.map(URL.init(fileURLWithPath:)), "\(file.lastPathComponent): \(outcome.leftOut ?? "")")
            #expect(try CleanTesting.exiftoolLeftovers([copy]).values.first == [], "\(file.lastPathComponent)")
            #expect(try MediaInspector.inspect(fileAt: copy).exif?.orientation == 6)
            #expect(try Self.pixels(file) == Self.pixels(copy), "\(file.lastPathComponent)")
        }
    }

    /// The decoded picture: PNG image data as stored, WebP through dwebp, HEIF through heif-convert.
    static func pixels(_ file: URL) throws -> [UInt8] {
        let decoded = Paths.temporaryFolder().appendingPathComponent("decoded.png")
        switch file.pathExtension {
        case "webp": try MetadataExiftool.run(tools[2], ["-quiet", file.path, "-o", decoded.path])
        case "heic": try MetadataExiftool.run(tools[4], [file.path, decoded.path])
        default: return CleanTesting.pngPixels(Array(try Data(contentsOf: file)))
        }
        let pixels = CleanTesting.pngPixels(Array(try Data(contentsOf: decoded)))
        #expect(!pixels.isEmpty)
        return pixels
    }
}
