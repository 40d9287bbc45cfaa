import CLibXML2
import Foundation
import GRDB

/// What `exposure --version` prints: a bug report needs the rules that made the verdicts and the
/// libraries that read the files, not only the tool's own version.
public enum VersionReport {
    /// The tool's version, shown by `--version` and used as the Debian package's version.
    public static let toolVersion = "0.1.0"

    /// One fact per line, in the order a bug report would ask for them.
    public static func text() -> String {
        let rules = RuleSet.current
        return """
            exposure \(toolVersion)
            rule set: \(rules.name) of \(rules.version) (evidence up to \(rules.evidenceCutoff))
            libexif: \(libexifBuildVersion) (built with)\(libexifFile.map { ", running \($0)" } ?? "")
            libxml2: \(LIBXML_DOTTED_VERSION) (built with; reads HTML-format exports)
            SQLite: \(sqliteVersion)

            """
    }

    /// The SQLite library this process runs with, as SQLite itself reports it.
    static var sqliteVersion: String {
        (try? DatabaseQueue().read { db in try String.fetchOne(db, sql: "SELECT sqlite_version()") }) ?? "unknown"
    }

    /// The libexif file this process loaded, as Linux lists it: libexif cannot tell its own version at
    /// run time, but its file name carries the interface version, which shows an upgrade since the build.
    static var libexifFile: String? {
        // Read to the end: a /proc file reports no size, and String(contentsOfFile:) stops after one page.
        guard let data = FileHandle(forReadingAtPath: "/proc/self/maps").flatMap({ try? $0.readToEnd() }) else { return nil }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").lazy.compactMap { $0.split(separator: " ").last }
            .first { $0.contains("/libexif.so") }.map(String.init)
    }
}
