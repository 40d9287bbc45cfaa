import Foundation
import GRDB
@testable import ExposureKit

/// Items, exports and databases for the report tests, including captions written to break out of HTML.
enum ReportSamples {
    static let hostileCaption = "<script>document.title='pwned'</script><img src=x onerror=\"document.title='pwned'\"> & more"
    static let hostileAlbum = "<b onmouseover=\"alert(1)\">Trip</b>"
    static let sampleExport = Paths.fixture("facebook/2024-root-folder/facebook-jdoe-2024-11-18-Ab12Cd34.zip")

    /// An item with only what a report test cares about set.
    static func item(_ path: String, visibility: String = "unknown", latitude: Double? = nil, longitude: Double? = nil,
                     uploadIP: String? = nil, serial: String? = nil, ai: String? = nil, postedAt: String? = nil) -> ItemRecord {
        var item = ItemRecord(
            exportId: 1, archivePath: path, mediaType: "photo", fileStatus: "present", exifStatus: "no",
            visibility: visibility, visibilitySource: "none", lastScanId: 1)
        item.jsonLatitude = latitude
        item.jsonLongitude = longitude
        item.uploadIP = uploadIP
        item.exifSerialNumber = serial
        item.aiTraining = ai
        item.aiRule = ai.map { _ in "R1" }
        item.aiReason = ai.map { "Rule R1 says \($0)." }
        item.postedAt = postedAt
        return item
    }

    static func row(_ item: ItemRecord) -> ItemRow {
        ItemRow(item: item, platform: .facebook, exportName: "facebook-test", sources: [.post])
    }

    /// A Facebook export of one located photo whose caption and album name try to inject markup.
    static func hostileExport(in folder: URL) throws -> URL {
        var export = ExportBuilder()
        let album: [String: Any] = [
            "name": hostileAlbum,
            "photos": [[
                "uri": "your_facebook_activity/posts/media/Trip_1/evil.jpg", "creation_timestamp": 1_600_000_000,
                "description": hostileCaption,
                "media_metadata": ["photo_metadata": ["exif_data": [["latitude": 52.52, "longitude": 13.405, "upload_ip": "192.0.2.7"]]]],
            ]],
        ]
        export.add("your_facebook_activity/posts/album/0.json", try JSONSerialization.data(withJSONObject: album))
        export.add("your_facebook_activity/posts/media/Trip_1/evil.jpg", Data([0xFF, 0xD8, 0xFF, 0xD9]))
        return try export.folder(in: folder, named: "facebook-evil-2024-01-01-Test1234")
    }

    /// The sample export and the hostile one, scanned, with some items made public and given verdicts
    /// as the verdict engine and `exposure visibility set` would.
    static func database(in folder: URL) throws -> String {
        let path = folder.appendingPathComponent("exposure.sqlite").path
        let hostile = try hostileExport(in: folder)
        for export in [sampleExport, hostile.path] {
            let scan = try CLI.run(["scan", "--quiet", "--db", path, export])
            guard scan.status == 0 else { throw ReportTestFailure(description: "scan failed: \(scan.stderr)") }
        }
        try ExposureDatabase(path: path, create: false).write { db in
            try db.execute(sql: "UPDATE item SET visibility = 'public' WHERE caption LIKE '%pwned%' OR id % 3 = 0")
            try db.execute(sql: """
                UPDATE item SET aiTraining = CASE id % 4 WHEN 0 THEN 'used' WHEN 1 THEN 'excluded' ELSE 'unknown' END,
                aiRule = 'R' || (id % 4), aiReason = 'Test reason ' || (id % 4)
                """)
        }
        return path
    }
}

struct ReportTestFailure: Error, CustomStringConvertible {
    let description: String
}

extension ReportSamples {
    /// A database holding the sample export only, as a new user's would after one scan.
    static func sampleDatabase(in folder: URL) throws -> String {
        let path = folder.appendingPathComponent("sample.sqlite").path
        let scan = try CLI.run(["scan", "--quiet", "--db", path, sampleExport])
        guard scan.status == 0 else { throw ReportTestFailure(description: "scan failed: \(scan.stderr)") }
        return path
    }
}

/// Runs another program (a browser, `script`) with a time limit, so a hung child fails the test instead of CI.
enum ReportProcess {
    /// Standard output; `environment` values of nil remove the variable.
    static func run(_ arguments: [String], environment: [String: String?] = [:], timeout: TimeInterval = 120) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        var env = ProcessInfo.processInfo.environment
        for (name, value) in environment { env[name] = value }
        process.environment = env
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("report-process-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: output) }
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning {
            guard Date() < deadline else {
                process.terminate()
                throw ReportTestFailure(description: "\(arguments[0]) ran longer than \(Int(timeout)) s")
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return String(decoding: try Data(contentsOf: output), as: UTF8.self)
    }
}
