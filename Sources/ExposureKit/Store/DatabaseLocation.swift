import Foundation

/// Where the database lives when the user does not say, so repeated commands find the same one.
public enum DatabaseLocation {
    /// The environment variable that overrides the default location.
    public static let environmentVariable = "EXPOSURE_DB"

    /// `--db` first, then `$EXPOSURE_DB`, then the per-user data folder. The environment is read only
    /// when `--db` is not given: copying it cost a rescan 2 % of its time.
    public static func resolve(
        option: String?, environment: @autoclosure () -> [String: String] = ProcessInfo.processInfo.environment
    ) -> String {
        if let option, !option.isEmpty { return option }
        let environment = environment()
        if let path = environment[environmentVariable], !path.isEmpty { return path }
        return defaultPath(environment: environment)
    }

    /// `$XDG_DATA_HOME/exposure/exposure.sqlite` (usually `~/.local/share/…`) on Linux,
    /// `~/Library/Application Support/Exposure/exposure.sqlite` on macOS.
    public static func defaultPath(environment: [String: String]) -> String {
        let home = environment["HOME"] ?? NSHomeDirectory()
        #if os(macOS)
        return home + "/Library/Application Support/Exposure/exposure.sqlite"
        #else
        let dataHome = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.local/share"
        return dataHome + "/exposure/exposure.sqlite"
        #endif
    }
}
