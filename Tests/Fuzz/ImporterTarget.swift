import Foundation

/// libFuzzer entry for the Facebook or Instagram importer (whichever `ImporterInput.platform` names,
/// set by the build) fed one JSON file: the first byte picks the file's path from the importer's known
/// names (`facebook.paths`, `instagram.paths`), the rest is the file. It is read from a folder export
/// exactly as a scan reads it. A crash, hang, unbounded allocation or an error that escapes the
/// importer's own per-file warning is a finding (docs/fuzzing.md).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImporter(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    guard count > 0 else { return 0 }
    let bytes = UnsafeRawBufferPointer(start: start, count: count)
    let choice = Int(bytes[0]) % ImporterInput.paths.count
    guard let folder = ImporterInput.write(Data(bytes.dropFirst()), as: choice) else { return 0 }
    do {
        let archive = try ExportArchive(paths: [folder.path])
        let sink = DiscardingSink()
        switch ImporterInput.platform {
        case .facebook: _ = try FacebookImporter(archive: archive).run(into: sink)
        case .instagram: _ = try InstagramImporter(archive: archive).run(into: sink)
        }
    } catch {
        fatalError("the importer let an error escape instead of warning about the file: \(error)")
    }
    return 0
}

/// Takes what the importer finds and forgets it; a file's error comes back as the importer's warning,
/// as `FindingLedger` hands it back in a scan.
private final class DiscardingSink: FindingSink {
    func add(_ finding: Finding) { _ = finding.uri }
    func addAncillary(_ uri: String) {}
    func file(_ read: () throws -> Void) throws -> Error? {
        do {
            try read()
            return nil
        } catch {
            return error
        }
    }
}

enum ImporterInput {
    /// One folder per path, so an export holds only the file being tried; one set per fuzzing process, in
    /// the folder `Tests/Fuzz/run` makes for the run and removes after it.
    private static let root = FuzzScratch.folder.appendingPathComponent("\(platform.rawValue)-\(getpid())")

    /// Writes `data` as the file at path number `choice` and returns the export folder that holds it.
    static func write(_ data: Data, as choice: Int) -> URL? {
        let folder = root.appendingPathComponent(String(choice))
        let file = folder.appendingPathComponent(paths[choice])
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        return (try? data.write(to: file)) == nil ? nil : folder
    }
}
