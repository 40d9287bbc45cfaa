import Foundation
import GRDB
import Testing
@testable import ExposureKit

/// The per-export numbers of every report, added up in groups of alike items, must equal a count made item by item.
struct ReportSummaryCountTests {
    private typealias Tally = ExportSummary.Tally

    /// Most items first, then by value, as the report lists them.
    private func ranked(_ values: [String]) -> [Tally] {
        Dictionary(grouping: values, by: { $0 }).map { Tally(value: $0.key, count: $0.value.count) }
            .sorted { ($0.count, $1.value) > ($1.count, $0.value) }
    }

    @Test func theSummaryCountsWhatTheItemsHold() throws {
        let path = try ReportSamples.database(in: Paths.temporaryFolder())
        let database = try ExposureDatabase(path: path, create: false)
        try database.write { db in
            try db.execute(sql: "UPDATE item SET wasPublic = CASE id % 3 WHEN 0 THEN 'yes' WHEN 1 THEN 'no' ELSE NULL END")
            try db.execute(sql: "UPDATE item SET visibilitySource = 'user' WHERE id % 2 = 0")
            try db.execute(sql: "UPDATE item SET exifLatitude = 1.5, exifLongitude = 2.5, exifSerialNumber = 'S1' WHERE id % 5 = 0")
            try db.execute(sql: "INSERT INTO itemSource (itemId, kind, jsonFile, uri) SELECT id, 'archived', 'a.json', archivePath FROM item WHERE id % 4 = 0")
        }
        let summaries = try database.read { try ExportSummary.fetchAll($0) }
        let exports = try database.read { try ExportRecord.fetchAll($0) }
        #expect(summaries.count == 2)
        for summary in summaries {
            let export = try #require(exports.first { $0.name == summary.name })
            let items = try database.read { try ItemRecord.filter(Column("exportId") == export.id!).fetchAll($0) }
            #expect(!items.isEmpty)
            #expect(summary.photos == items.filter { $0.mediaType == "photo" }.count)
            #expect(summary.videos == items.filter { $0.mediaType == "video" }.count)
            #expect(summary.gpsInJSON == items.filter { $0.jsonLatitude != nil && $0.jsonLongitude != nil }.count)
            let gpsInFile = { (item: ItemRecord) in item.exifLatitude != nil && item.exifLongitude != nil }
            #expect(summary.gpsInFile == items.filter(gpsInFile).count)
            let located = items.filter { gpsInFile($0) || ($0.jsonLatitude != nil && $0.jsonLongitude != nil) }
            #expect(summary.withLocation == located.count)
            #expect(summary.withCameraSerial == items.filter { $0.exifSerialNumber != nil }.count)
            #expect(summary.withUploadIP == items.filter { $0.uploadIP != nil }.count)
            let rows = try database.read { try ItemRow.fetchAll($0) }.filter { $0.exportName == summary.name }
            let kinds = SourceKind.allCases.map { kind in Tally(value: kind.rawValue, count: rows.filter { $0.sources.contains(kind) }.count) }
            #expect(summary.bySource == kinds.filter { $0.count > 0 })
            #expect(summary.firstPosted == items.compactMap(\.postedAt).min())
            #expect(summary.lastPosted == items.compactMap(\.postedAt).max())
            #expect(summary.fileEXIF == ranked(items.map(\.exifStatus)))
            #expect(summary.wasPublic == ranked(items.compactMap(\.wasPublic)))
            let pairs = Dictionary(grouping: items, by: { [$0.visibility, $0.visibilitySource] })
            #expect(summary.visibility.count == pairs.count)
            for tally in summary.visibility {
                #expect(pairs[[tally.visibility, tally.source]]?.count == tally.count)
            }
            #expect(summary.visibility.map(\.count) == summary.visibility.map(\.count).sorted(by: >))
        }
    }
}
