import ArgumentParser
import ExposureKit
import Foundation

/// `exposure inspect`: shows what a photo or video file itself still gives away: EXIF, or a video's own boxes.
struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show the metadata that photo and video files still carry.",
        discussion: "Files that cannot be read are reported on standard error; the others are still shown.")

    @Argument(help: "Photo or video files to inspect.")
    var files: [String]

    @Flag(help: "Print one JSON array, one object per file.")
    var json = false

    func run() throws {
        var inspected: [InspectedFile] = []
        for path in files {
            do {
                let inspection = try MediaInspector.inspect(fileAt: URL(fileURLWithPath: path))
                inspected.append(InspectedFile(path: path, inspection: inspection))
            } catch let error as MediaFileError {
                FileHandle.standardError.write(Data("exposure: cannot read \(path): \(error.reason)\n".utf8))
            }
        }
        if json || !inspected.isEmpty {
            print(json ? InspectionReport.json(inspected) : inspected.map(InspectionReport.text).joined(separator: "\n\n"))
        }
        if inspected.count < files.count { throw ExitCode.failure }
    }
}
