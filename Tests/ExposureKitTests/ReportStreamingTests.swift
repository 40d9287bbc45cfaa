import Foundation
import GRDB
import Testing
@testable import ExposureKit

/// The streamed CSV and the report added up in SQL say exactly what reading every item into memory says.
struct ReportStreamingTests {
    /// The sample database, with a reason that differs from item to item under the same rule, so the
    /// test sees which item a rule's reason is taken from.
    private func database() throws -> ExposureDatabase {
        let db = try ExposureDatabase(path: ReportSamples.database(in: Paths.temporaryFolder()), create: false)
        try db.write { db in try db.execute(sql: "UPDATE item SET aiReason = aiReason || ' for ' || archivePath") }
        return db
    }

    @Test func theStreamedCSVIsTheWholeText() throws {
        let db = try database()
        for (only, bom) in [([CSVFilter](), false), ([.public, .location], true)] {
            let path = Paths.temporaryFolder().appendingPathComponent("items.csv").path
            try db.read { db in try OutputFile.stream(to: path) { try CSVExport.write(db, only: only, bom: bom, to: $0) } }
            let expected = try db.read { db in CSVExport.text(try ItemRow.fetchAll(db), only: only, bom: bom) }
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(expected.utf8))
        }
    }

    @Test func theReportFromGroupsIsTheReportFromEveryItem() throws {
        let db = try database()
        let inputs = ReportInputs(ruleSetDate: "2025-05-27", missingFacts: [], generatedAt: "now")
        let (grouped, full) = try db.read { db in
            (try ReportContent.fetch(db, inputs), try ReportContent.fetchWithRows(db, inputs).content)
        }
        #expect(!grouped.topExposures.isEmpty && grouped.aiTraining.rules.count > 1)
        #expect(try ReportJSON.text(grouped) == ReportJSON.text(full))
    }
}
