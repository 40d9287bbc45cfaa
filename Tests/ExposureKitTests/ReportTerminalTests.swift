import Foundation
import Testing
@testable import ExposureKit

/// The terminal report: its sections, colour only where wanted, and export text that cannot drive the terminal.
struct ReportTerminalTests {
    private func content() -> ReportContent {
        let rows = [ReportSamples.item("a.jpg", visibility: "public", latitude: 48.85, longitude: 2.35, ai: "used", postedAt: "2019-05-01T10:00:00Z")]
            .map(ReportSamples.row)
        let export = ExportSummary(name: "facebook-test", platform: .facebook, layout: "Facebook 2024", scannedAt: "now", parts: [])
        let missing = [MissingFactLine(fact: "your region is not set", unknownItems: 3, command: "exposure facts set --region …")]
        return ReportContent(rows: rows, exports: [export], inputs: ReportInputs(ruleSetDate: "2025-05-27", missingFacts: missing, generatedAt: "now"))
    }

    @Test func showsEverySection() {
        let text = TerminalReport.text(content(), database: "db", style: TerminalStyle(colour: false))
        for expected in ["1 photos and videos; 1 public; 1 of those carry a location", "AI training (rule set of 2025-05-27)",
                         "Deal with these first", "location 48.85, 2.35", "By year", "2019",
                         "3 items are unknown because your region is not set: exposure facts set --region …",
                         "Facebook export facebook-test"] {
            #expect(text.contains(expected), "missing: \(expected)")
        }
        #expect(!text.contains("\u{1B}"))
    }

    @Test func coloursOnlyWhenAsked() {
        #expect(TerminalReport.text(content(), database: "db", style: TerminalStyle(colour: true)).contains("\u{1B}[1m"))
        #expect(!TerminalStyle.forStandardOutput(environment: ["NO_COLOR": "1"]).colour)
    }

    @Test func exportTextCannotSendTerminalEscapes() {
        #expect("evil\u{1B}]0;title\u{07}\ncaption".terminalSafe == "evil ]0;title  caption")
    }

    @Test func coloursOnARealTerminalUnlessNoColorIsSet() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else {
            print("Skipping: /usr/bin/script (util-linux) is needed to give the report a terminal.")
            return
        }
        let folder = Paths.temporaryFolder()
        let db = try ReportSamples.sampleDatabase(in: folder)
        let command = "\(CLI.executable.path) report --db \(db)"
        let coloured = try ReportProcess.run(["/usr/bin/script", "-qec", command, "/dev/null"], environment: ["NO_COLOR": nil])
        let plain = try ReportProcess.run(["/usr/bin/script", "-qec", command, "/dev/null"], environment: ["NO_COLOR": "1"])
        #expect(coloured.contains("\u{1B}["))
        #expect(!plain.contains("\u{1B}[") && plain.contains("photos and videos"))
    }
}
