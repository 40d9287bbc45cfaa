import Foundation

/// Where the zip and importer targets write each input, since the code under test reads files.
enum FuzzScratch {
    /// `EXPOSURE_FUZZ_SCRATCH` (a folder `Tests/Fuzz/run` makes on a memory file system and removes
    /// after the run), else the temporary folder.
    static let folder = URL(
        fileURLWithPath: ProcessInfo.processInfo.environment["EXPOSURE_FUZZ_SCRATCH"] ?? NSTemporaryDirectory())
}
