import Foundation
import Testing
@testable import ExposureKit

/// `exposure inspect --json`, run as a user runs it, must report what exiftool reads from the same photos.
struct InspectCommandTests {
    private static let keys: Set<String> = [
        "path", "format", "exif_status", "make", "model", "date_time_original", "orientation", "software",
        "serial_number", "lens_model", "gps_latitude", "gps_longitude", "gps_altitude", "problem",
    ]

    private func fileEXIF(_ object: [String: Any]) -> FileEXIF {
        FileEXIF(
            make: object["make"] as? String, model: object["model"] as? String,
            dateTimeOriginal: object["date_time_original"] as? String, orientation: object["orientation"] as? Int,
            software: object["software"] as? String, serialNumber: object["serial_number"] as? String,
            lensModel: object["lens_model"] as? String, gpsLatitude: object["gps_latitude"] as? Double,
            gpsLongitude: object["gps_longitude"] as? Double, gpsAltitude: object["gps_altitude"] as? Double)
    }

    @Test(arguments: ["jpg", "heic"])
    func agreesWithExiftool(_ folder: String) throws {
        let root = MetadataExiftoolTests.samples.appendingPathComponent(folder)
        guard MetadataExiftoolTests.samplesPresent, FileManager.default.fileExists(atPath: root.path) else {
            print("skipped: needs exiftool and ../shared/reference/exif-samples/\(folder)")
            return
        }
        let files = MetadataExiftoolTests.sampleFiles().filter { $0.path.hasPrefix(root.path + "/") }
        let outcome = try CLI.run(["inspect", "--json"] + files.map(\.path))
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [[String: Any]])
        #expect(objects.count == files.count)
        let reference = try MetadataExiftool.read(files)
        var compared = 0, agreed = 0
        for object in objects {
            #expect(Set(object.keys).isSubset(of: Self.keys))
            let path = try #require(object["path"] as? String)
            let theirs = reference[URL(fileURLWithPath: path).standardizedFileURL.path] ?? FileEXIF()
            let result = MetadataFieldComparison.compare(fileEXIF(object), theirs)
            compared += result.compared.count
            agreed += result.compared.count - result.differing.count
            let name = String(path.dropFirst(MetadataExiftoolTests.samples.path.count + 1))
            let unexplained = result.differing.filter {
                MetadataExiftoolTests.knownDifferences[name + " " + $0.prefix { $0 != ":" }] == nil
            }
            #expect(unexplained.isEmpty, "\(path): \(unexplained)")
        }
        print("inspect --json vs exiftool (\(folder)): \(objects.count) files, \(agreed)/\(compared) fields agreed")
    }

    @Test func aMissingFileIsNamedAndTheOthersStillPrinted() throws {
        let photo = Paths.fixture("facebook/2019-folder/facebook-jdoe-2019-08-14")
        let jpeg = try #require(FileManager.default.enumerator(atPath: photo)?.allObjects.compactMap { $0 as? String }
            .first { $0.hasSuffix(".jpg") && !$0.contains("._") && !$0.contains("__MACOSX") })
        let outcome = try CLI.run(["inspect", "--json", photo + "/" + jpeg, "/no/such/photo.jpg"])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("/no/such/photo.jpg"))
        let objects = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [[String: Any]]
        #expect(objects?.count == 1)
    }
}
