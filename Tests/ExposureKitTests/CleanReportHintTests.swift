import Foundation
import Testing
@testable import ExposureKit

/// The reports send the user to `exposure clean` only for public items whose file itself still carries a
/// location or a serial; a location known only from Meta's JSON is not something a clean can remove.
struct CleanReportHintTests {
    private typealias S = ReportSamples

    private func rows(fileLocation: Bool) -> [ItemRow] {
        var located = S.item("a.jpg", visibility: "public", latitude: 48.85, longitude: 2.35)
        if fileLocation { (located.exifLatitude, located.exifLongitude) = (48.85, 2.35) }
        return [located, S.item("b.jpg", visibility: "public", uploadIP: "192.0.2.1"), S.item("p.jpg", visibility: "private")].map(S.row)
    }

    private func content(_ rows: [ItemRow]) -> ReportContent {
        let export = ExportSummary(name: "facebook-test", platform: .facebook, layout: "Facebook 2024", scannedAt: "now", parts: [])
        return ReportContent(rows: rows, exports: [export], inputs: ReportInputs(ruleSetDate: "2025-05-27", missingFacts: [], generatedAt: "now"))
    }

    @Test("terminal, HTML and JSON point to exposure clean when a public item's file carries a location")
    func pointsToClean() throws {
        let rows = rows(fileLocation: true), content = content(rows)
        let terminal = TerminalReport.text(content, database: "db", style: TerminalStyle(colour: false))
        #expect(terminal.contains("1 of these files still carries a location or camera serial itself") && terminal.contains("exposure clean FILE --out FOLDER"))
        #expect(HTMLReport.page(content, rows: rows, thumbnails: Thumbnails()).contains("<p id=\"clean-hint\">1 of these files"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(ReportJSON.text(content).utf8)) as? [String: Any])
        let exposures = try #require(json["top_exposures"] as? [[String: Any]])
        #expect(exposures.map { $0["file_to_clean"] as? Bool } == [true, false])
    }

    @Test("no pointer when the location is only in Meta's JSON or the item is an upload IP")
    func noPointer() {
        let rows = rows(fileLocation: false), content = content(rows)
        #expect(!TerminalReport.text(content, database: "db", style: TerminalStyle(colour: false)).contains("exposure clean"))
        #expect(!HTMLReport.page(content, rows: rows, thumbnails: Thumbnails()).contains("clean-hint"))
    }
}
