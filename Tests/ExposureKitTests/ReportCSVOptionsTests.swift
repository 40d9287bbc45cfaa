import Foundation
import Testing
@testable import ExposureKit

/// `exposure export --csv` options for people acting on the list: a BOM for spreadsheets, filters, documented columns.
struct ReportCSVOptionsTests {
    private let rows = [
        ReportSamples.item("used.jpg", ai: "used"),
        ReportSamples.item("public.jpg", visibility: "public", latitude: 1, longitude: 2),
        ReportSamples.item("located.jpg", latitude: 3, longitude: 4, ai: "used"),
    ].map(ReportSamples.row)

    private func paths(_ text: String) -> [String] {
        CSVTable(text).records.map { $0["archive_path"] ?? "" }
    }

    @Test func filtersCombine() {
        #expect(paths(CSVExport.text(rows, only: [.used])) == ["used.jpg", "located.jpg"])
        #expect(paths(CSVExport.text(rows, only: [.public])) == ["public.jpg"])
        #expect(paths(CSVExport.text(rows, only: [.location, .used])) == ["located.jpg"])
        #expect(paths(CSVExport.text(rows)).count == 3)
    }

    @Test func startsWithAByteOrderMarkOnlyWhenAsked() {
        #expect(Array(CSVExport.text(rows, bom: true).utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(CSVExport.text(rows).hasPrefix("platform,"))
    }

    @Test func keepsTheThirtyColumnsAndAddsTheVerdict() {
        #expect(CSVExport.columns.count == 45)
        #expect(CSVExport.columns[29] == "json_taken_at")
        #expect(Array(CSVExport.columns[30..<33]) == ["ai_training", "ai_rule", "ai_reason"])
        #expect(CSVExport.columns[33..<42].allSatisfy { $0.hasPrefix("file_") })
        #expect(CSVExport.columns.suffix(3) == ["time_source", "time_precision", "time_text"])
    }

    @Test func documentsEveryColumn() throws {
        let doc = try String(contentsOf: Paths.repository.appendingPathComponent("docs/csv-columns.md"), encoding: .utf8)
        for column in CSVExport.columns {
            #expect(doc.contains("`\(column)`"), "docs/csv-columns.md does not describe \(column)")
        }
    }

    @Test func theCommandWritesWhatWasAskedFor() throws {
        let folder = Paths.temporaryFolder()
        let db = try ReportSamples.sampleDatabase(in: folder)
        let all = try CLI.run(["export", "--csv", "-", "--db", db])
        let located = try CLI.run(["export", "--csv", "-", "--only", "location", "--bom", "--db", db])
        #expect(all.status == 0 && located.status == 0)
        #expect(located.stdout.hasPrefix("\u{FEFF}platform,"))
        let locatedRows = CSVTable(String(located.stdout.dropFirst())).records
        #expect(!locatedRows.isEmpty && locatedRows.count < CSVTable(all.stdout).records.count)
        #expect(locatedRows.allSatisfy { !($0["latitude"] ?? "").isEmpty })
        let wrong = try CLI.run(["export", "--csv", "-", "--only", "everything", "--db", db])
        #expect(wrong.status != 0)
    }
}
