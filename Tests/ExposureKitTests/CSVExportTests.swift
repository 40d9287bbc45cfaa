import Testing
@testable import ExposureKit

/// The CSV must open correctly in spreadsheets whatever a caption contains.
struct CSVExportTests {
    @Test func quotesOnlyFieldsThatNeedIt() {
        let line = CSVExport.line(["plain", "a,b", "say \"hi\"", "two\nlines", "crlf\r\nend", "ünïcödé"])
        #expect(line == "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"crlf\r\nend\",ünïcödé\r\n")
    }

    @Test func roundTripsThroughAParser() {
        let fields = ["x,y", "\"", "\r\n", "", "🙂"]
        #expect(CSVTable.parse(CSVExport.line(fields)) == [fields])
    }

    @Test(arguments: [(29.925027777778, "29.9250278"), (-90.0880722, "-90.0880722"), (1.5, "1.5"), (0, "0"), (-0.00000001, "0")])
    func writesDegreesToSevenPlaces(_ value: Double, _ text: String) {
        #expect(CSVExport.degrees(value) == text)
    }

    @Test func startsWithTheDocumentedColumns() {
        #expect(Array(CSVExport.columns.prefix(16)) == [
            "platform", "media_type", "archive_path", "source", "album", "caption", "posted_at", "taken_at",
            "latitude", "longitude", "camera_make", "camera_model", "upload_ip", "file_exif", "visibility",
            "visibility_source",
        ])
    }
}
