import ArgumentParser
import ExposureKit

/// The `--db` option every command that touches the database shares.
struct DatabaseOption: ParsableArguments {
    @Option(name: .customLong("db"), help: ArgumentHelp(
        "The database file (default: $EXPOSURE_DB, else ~/.local/share/exposure/exposure.sqlite).",
        valueName: "file"))
    var path: String?

    var resolvedPath: String { DatabaseLocation.resolve(option: path) }

    /// Opens the database; `create` only for commands that write a scan.
    func open(create: Bool) throws -> ExposureDatabase {
        try ExposureDatabase(path: resolvedPath, create: create)
    }
}
