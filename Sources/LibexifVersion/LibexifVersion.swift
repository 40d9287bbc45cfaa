import Foundation
import PackagePlugin

/// Writes the libexif version pkg-config reports into ExposureKit, because libexif has no call that
/// tells its own version and `exposure --version` should name it in bug reports.
@main
struct LibexifVersion: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let output = context.pluginWorkDirectoryURL.appending(path: "generated")
        let file = output.appending(path: "LibexifBuildVersion.swift").path(percentEncoded: false)
        let draft = context.pluginWorkDirectoryURL.appending(path: "LibexifBuildVersion.draft").path(percentEncoded: false)
        // Rewritten only when the version changes, so that ExposureKit is not recompiled on every build.
        let script = """
            version=$(pkg-config --modversion libexif 2>/dev/null) || version="unknown (pkg-config found no libexif when built)"
            mkdir -p "$(dirname "$2")"
            printf '/// The libexif version pkg-config reported when this was built.\\nlet libexifBuildVersion = "%s"\\n' "$version" > "$1"
            cmp -s "$1" "$2" || cp "$1" "$2"
            """
        return [
            .prebuildCommand(
                displayName: "Reading libexif's version from pkg-config",
                executable: URL(fileURLWithPath: "/bin/sh"),
                arguments: ["-c", script, "sh", draft, file],
                environment: ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"],
                outputFilesDirectory: output)
        ]
    }
}
