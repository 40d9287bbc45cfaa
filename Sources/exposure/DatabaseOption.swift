import ArgumentParser
import ExposureKit
import Foundation

/// The `--db` option every command that touches the database shares.
struct DatabaseOption: ParsableArguments {
    @Option(name: .customLong("db"), help: ArgumentHelp(
        "The database file (default: $EXPOSURE_DB, else ~/.local/share/exposure/exposure.sqlite).",
        valueName: "file"))
    var path: String?

    var resolvedPath: String { DatabaseLocation.resolve(option: path) }

    /// Opens the database; `create` only for commands that write a scan. Waiting for another command's
    /// write is said on standard error, so a command that seems stuck says why.
    func open(create: Bool) throws -> ExposureDatabase {
        try ExposureDatabase(path: resolvedPath, create: create, wait: DatabaseWait { path in
            FileHandle.standardError.write(Data(
                "exposure: another exposure scan is writing to \(path); waiting for it to finish (Ctrl-C to stop).\n".utf8))
        })
    }
}
