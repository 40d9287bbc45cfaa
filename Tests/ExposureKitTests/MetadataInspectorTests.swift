import Foundation
import Testing
@testable import ExposureKit

private typealias C = MetadataContainers

@Suite("Metadata: reading files and reporting")
struct MetadataInspectorTests {
    private func temporaryFile(_ bytes: [UInt8]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("exposure-metadata-\(UUID().uuidString).jpg")
        try Data(bytes).write(to: url)
        return url
    }

    @Test("A file is read from disk with seeks over skipped segments")
    func fileOnDisk() throws {
        let filler = (0..<4).map { _ in C.segment(0xE2, Array(repeating: 7, count: 65_000)) }
        let url = try temporaryFile(C.jpeg(filler + [C.app1(MetadataTIFF.camera.build())]))
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try MediaInspector.inspect(fileAt: url) == FileInspection(format: .jpeg, status: .yes, exif: MetadataTIFF.cameraEXIF))
    }

    @Test("A missing path or a folder throws an error naming the path")
    func missing() {
        let url = URL(fileURLWithPath: "/nonexistent/photo.jpg")
        #expect(throws: MediaFileError(path: "/nonexistent/photo.jpg", reason: "no such file")) { try MediaInspector.inspect(fileAt: url) }
        let folder = FileManager.default.temporaryDirectory
        #expect(throws: MediaFileError.self) { try MediaInspector.inspect(fileAt: folder) }
    }

    private let gpsPhoto = InspectedFile(
        path: "a \"quoted\" photo.jpg",
        inspection: FileInspection(format: .jpeg, status: .yes, exif: FileEXIF(
            make: "NIKON", model: "COOLPIX P6000", dateTimeOriginal: "2008:10:22 16:29:49", orientation: 1,
            gpsLatitude: 43.467157, gpsLongitude: 11.885395, gpsAltitude: 124)))

    @Test("JSON has exactly the keys with values, numbers as numbers")
    func json() throws {
        let stripped = InspectedFile(path: "b.png", inspection: FileInspection(format: .png, status: .no))
        let text = InspectionReport.json([gpsPhoto, stripped])
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(parsed.count == 2)
        #expect(Set(parsed[0].keys) == [
            "path", "format", "exif_status", "make", "model", "date_time_original", "orientation",
            "gps_latitude", "gps_longitude", "gps_altitude",
        ])
        #expect(parsed[0]["path"] as? String == "a \"quoted\" photo.jpg")
        #expect(parsed[0]["orientation"] as? Int == 1)
        #expect(parsed[0]["gps_latitude"] as? Double == 43.467157)
        #expect(parsed[1] as? [String: String] == ["path": "b.png", "format": "png", "exif_status": "no"])
        #expect(text.contains("\"gps_latitude\": 43.467157, \"gps_longitude\": 11.885395, \"gps_altitude\": 124}"))
        #expect(InspectionReport.json([]) == "[]")
    }

    @Test("Text names each field and ends with a takeaway")
    func text() {
        let text = InspectionReport.text(gpsPhoto)
        #expect(text.contains("  Format: JPEG\n  EXIF: yes\n  Make: NIKON\n"))
        #expect(text.contains("  GPS: 43.467157, 11.885395 (altitude 124.0 m)\n"))
        #expect(text.hasSuffix("  → This photo tells where and when it was taken."))
        let broken = InspectedFile(path: "c.heic", inspection: FileInspection(format: .heif, status: .unreadable, problem: "It is cut."))
        let expected = "c.heic\n  Format: HEIF\n  EXIF: unreadable — It is cut.\n  → Exposure could not read this file's metadata."
        #expect(InspectionReport.text(broken) == expected)
    }

    @Test("Takeaways put location first, then serial number, date and device", arguments: [
        (FileEXIF(gpsLatitude: 1, gpsLongitude: 2), "This photo tells where it was taken."),
        (FileEXIF(model: "X", serialNumber: "123"), "This photo carries its camera's serial number, which links it to other photos from that camera."),
        (FileEXIF(make: "Apple", dateTimeOriginal: "2020:01:01 00:00:00"), "This photo tells when it was taken."),
        (FileEXIF(lensModel: "50mm"), "This photo tells which device took it."),
        (FileEXIF(orientation: 1), "This photo carries EXIF, but none of the fields Exposure looks for."),
    ])
    func takeaways(exif: FileEXIF, expected: String) {
        #expect(InspectionReport.takeaway(FileInspection(format: .jpeg, status: .yes, exif: exif)) == expected)
    }
}
