import Foundation
import GRDB
import Testing
@testable import ExposureKit

/// The streamed CSV and the report added up in groups say exactly what reading every item into memory says.
struct ReportStreamingTests {
    /// The sample database, with a reason that differs from item to item under the same rule, so the
    /// test sees which item a rule's reason is taken from, and facts missing for some unknown verdicts.
    private func database() throws -> ExposureDatabase {
        let db = try ExposureDatabase(path: ReportSamples.database(in: Paths.temporaryFolder()), create: false)
        try db.write { db in
            try db.execute(sql: "UPDATE item SET aiReason = aiReason || ' for ' || archivePath")
            try db.execute(sql: "UPDATE item SET aiMissing = CASE id % 3 WHEN 0 THEN 'age;region' WHEN 1 THEN 'visibility' END")
        }
        return db
    }

    /// The same with every item copied under new paths, each copy found as one or two kinds, so the
    /// CSV spans many batches of its writing thread and more than one megabyte.
    private func largeDatabase(copies: Int) throws -> ExposureDatabase {
        let db = try database()
        try db.write { db in
            let columns = ItemRecord.columnNames.filter { $0 != "archivePath" }.joined(separator: ", ")
            try db.execute(sql: """
                WITH RECURSIVE copy(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM copy WHERE n < \(copies))
                INSERT INTO item (archivePath, \(columns)) SELECT archivePath || '.copy' || n, \(columns) FROM item, copy
                """)
            try db.execute(sql: """
                INSERT INTO itemSource (itemId, kind, jsonFile, uri)
                SELECT id, CASE id % 3 WHEN 0 THEN 'post' WHEN 1 THEN 'album' ELSE 'story' END, 'copies.json', archivePath
                FROM item WHERE archivePath LIKE '%.copy%'
                UNION ALL SELECT id, 'archived', 'copies.json', archivePath FROM item WHERE archivePath LIKE '%.copy%' AND id % 5 = 0
                """)
        }
        return db
    }

    @Test func theStreamedCSVIsTheWholeText() throws {
        let db = try largeDatabase(copies: 150)
        for (only, bom) in [([CSVFilter](), false), ([.public, .location], true)] {
            let path = Paths.temporaryFolder().appendingPathComponent("items.csv").path
            try db.read { db in try OutputFile.stream(to: path) { try CSVExport.write(db, only: only, bom: bom, to: $0) } }
            let expected = try db.read { db in CSVExport.text(try ItemRow.fetchAll(db), only: only, bom: bom) }
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(expected.utf8))
            if only.isEmpty { #expect(expected.utf8.count > 1 << 20) }
        }
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func aFullDiskStopsTheCSVWithOneLine() throws {
        let db = try largeDatabase(copies: 150)
        let export = try CLI.run(["export", "--csv", "/dev/full", "--db", db.path])
        #expect(export.status != 0)
        #expect(export.stderr.hasPrefix("exposure: /dev/full: cannot write this file."))
        #expect(export.stderr.split(separator: "\n").count == 1)
    }

    @Test func theReportFromGroupsIsTheReportFromEveryItem() throws {
        let db = try largeDatabase(copies: 3)
        let (grouped, full) = try db.read { db in
            let inputs = try ReportInputs.current(db)
            return (try ReportContent.fetch(db, inputs), try ReportContent.fetchWithRows(db, inputs).content)
        }
        #expect(!grouped.topExposures.isEmpty && grouped.aiTraining.rules.count > 1)
        #expect(try ReportJSON.text(grouped) == ReportJSON.text(full))
    }

    @Test func theMissingFactsCountTheUnknownItemsThatMissEach() throws {
        let db = try largeDatabase(copies: 3)
        let (report, items) = try db.read { db in (try ReportContent.fetch(db), try ItemRecord.fetchAll(db)) }
        let unknown = items.filter { $0.aiTraining == "unknown" }
        let counted = report.missingFacts.map(\.unknownItems)
        let missing: [String] = unknown.compactMap(\.aiMissing)
        let expected: [Int] = ["age", "region", "visibility"].map { key in missing.filter { $0.split(separator: ";").contains(Substring(key)) }.count }
        #expect(counted == expected.sorted(by: >))
        #expect(counted.allSatisfy { $0 > 0 })
    }
}
