import ArgumentParser
import ExposureKit

/// Which of my photos can Meta train its AI on, and what do they give away?
@main
struct Exposure: ParsableCommand {
    // Every command spells out its name: ArgumentParser otherwise derives it by reflection at each
    // start, which was a tenth of a rescan's time.
    static let configuration = CommandConfiguration(
        commandName: "exposure",
        abstract: "Audit a Facebook or Instagram export for what its photos and videos give away.",
        discussion: "Everything happens on this machine: the export is only read, and nothing is sent anywhere.",
        subcommands: [
            Scan.self, Report.self, Review.self, PlanCommand.self, Diff.self, ExportCSV.self, Explain.self, Facts.self,
            VisibilityCommand.self, Inspect.self, Clean.self,
        ]
    )

    // A flag of its own rather than the configuration's version string, so that the library versions
    // are looked up only when asked for.
    @Flag(help: "Show the version, the rule set's date and the libexif and SQLite versions, for bug reports.")
    var version = false

    func run() throws {
        guard version else { throw CleanExit.helpRequest(self) }
        writeOut(VersionReport.text())
    }
}
