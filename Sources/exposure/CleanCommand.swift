import ArgumentParser
import ExposureKit
import Foundation

/// `exposure clean`: writes copies of photos and videos without what gives the person away.
struct Clean: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clean",
        abstract: "Write copies of photos and videos without their location, device, serial numbers and capture times.",
        discussion: """
            Originals are never changed unless --in-place is given. Each copy is read back before it is kept; \
            a file that cannot be cleaned safely is left out with the reason on standard error.
            """)

    @Argument(help: "Photo or video files to clean.")
    var files: [String]

    @Option(name: .long, help: ArgumentHelp("Folder to write the cleaned copies into (it must exist).", valueName: "folder"))
    var out: String?

    @Flag(help: "Replace each original with its cleaned copy (through a temporary file and an atomic rename).")
    var inPlace = false

    @Flag(help: "Write nothing; say what a clean would remove.")
    var check = false

    @Option(help: ArgumentHelp("Groups to keep, comma-separated: location, device, time, orientation (default: orientation).", valueName: "groups"))
    var keep: String = "orientation"

    func validate() throws {
        let targets = [out != nil, inPlace, check].filter { $0 }.count
        guard targets == 1 else { throw ValidationError("Give exactly one of --out FOLDER, --in-place or --check.") }
        if let out {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: out, isDirectory: &isFolder), isFolder.boolValue else {
                throw ValidationError("--out \(out): no such folder; create it first.")
            }
        }
        _ = try groups()
    }

    func run() throws {
        let options = CleanOptions(keep: try groups())
        let target: CleanTarget = check ? .check : inPlace ? .inPlace : .folder(URL(fileURLWithPath: out ?? "."))
        var blocks: [String] = []
        var leftOut = 0
        for path in files {
            let outcome = Cleaner.clean(path, to: target, options: options)
            if outcome.leftOut != nil {
                FileHandle.standardError.write(Data((CleanReport.leftOut(outcome) + "\n").utf8))
                leftOut += 1
            } else {
                blocks.append(CleanReport.text(outcome))
            }
        }
        if !blocks.isEmpty { print(blocks.joined(separator: "\n\n")) }
        if leftOut > 0 { throw ExitCode.failure }
    }

    private func groups() throws -> Set<CleanGroup> {
        let names = keep.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
        return try Set(names.map { name in
            guard let group = CleanGroup(rawValue: name) else {
                throw ValidationError("--keep \(name): unknown group; use location, device, time or orientation.")
            }
            return group
        })
    }
}
