import Foundation
import GRDB
import Testing
@testable import ExposureKit

/// `exposure report --format json`: the documented, versioned shape, and the same numbers as the database.
struct ReportJSONTests {
    private let schema = Paths.repository.appendingPathComponent("docs/report.schema.json")

    @Test func matchesItsDocumentedSchema() throws {
        let folder = Paths.temporaryFolder()
        let db = try ReportSamples.database(in: folder)
        let outcome = try CLI.run(["report", "--format", "json", "--db", db])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let document = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8))
        #expect(try ReportSchemaValidator(schemaFile: schema).problems(document) == [])
        let headline = (document as? [String: Any])?["headline"] as? [String: Any]
        let counts = try ExposureDatabase(path: db, create: false).read { db in
            try (Int.fetchOne(db, sql: "SELECT COUNT(*) FROM item")!,
                 Int.fetchOne(db, sql: "SELECT COUNT(*) FROM item WHERE visibility = 'public'")!)
        }
        #expect(headline?["items"] as? Int == counts.0)
        #expect(headline?["public_items"] as? Int == counts.1)
    }

    @Test func theValidatorCatchesWhatTheSchemaForbids() throws {
        let validator = try ReportSchemaValidator(schemaFile: schema)
        let broken: [String: Any] = ["schema_version": 2, "generated_at": 5, "surprise": true]
        let problems = validator.problems(broken)
        #expect(problems.contains("$: has undocumented key surprise"))
        #expect(problems.contains("$.schema_version: is not 1"))
        #expect(problems.contains("$.generated_at: not of type string"))
        #expect(problems.contains("$: lacks headline"))
    }

    @Test func theSchemaVersionIsTheDocumentedOne() throws {
        let doc = try String(contentsOf: Paths.repository.appendingPathComponent("docs/report-json-schema.md"), encoding: .utf8)
        #expect(ReportContent.currentSchemaVersion == 1)
        #expect(doc.contains("\"schema_version\": 1"))
    }
}
