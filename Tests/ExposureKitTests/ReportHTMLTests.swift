import Foundation
import Testing
@testable import ExposureKit

/// The HTML report as text: escaped export text, a strict policy that still lets its own script run,
/// nothing that points off the machine, and a file only its owner can read.
struct ReportHTMLTests {
    private func page(_ rows: [ItemRow]) throws -> String {
        let content = ReportContent(rows: rows, exports: [], inputs: ReportInputs(ruleSetDate: "2025-05-27", missingFacts: [], generatedAt: "now"))
        return try HTMLReport.page(content, rows: rows)
    }

    private func hostileRow() -> ItemRow {
        var item = ReportSamples.item("a<b>.jpg", visibility: "public", latitude: 1, longitude: 2)
        item.caption = ReportSamples.hostileCaption
        item.album = ReportSamples.hostileAlbum
        return ReportSamples.row(item)
    }

    @Test func escapesCaptionsAlbumsAndPaths() throws {
        let html = try page([hostileRow()])
        #expect(!html.contains("<script>document"))
        #expect(!html.contains("<img src=x"))
        #expect(!html.contains("<b onmouseover"))
        #expect(html.contains(#""\u003cscript\u003edocument.title='pwned'\u003c/script\u003e\u003cimg src=x onerror=\"document"#))
        #expect(html.contains(#""a\u003cb\u003e.jpg""#))
        #expect(html.components(separatedBy: "<script>").count == 2)
        #expect(html.components(separatedBy: "</script>").count == 3, "the data block and the script, nothing closed early")
    }

    @Test func carriesEveryItemAsDataInExposureOrder() throws {
        let rows = [ReportSamples.item("c.jpg", visibility: "private", postedAt: "2020-01-01T00:00:00Z"),
                    ReportSamples.item("b.jpg", visibility: "public", latitude: 1, longitude: 2, postedAt: "2019-01-01T00:00:00Z"),
                    ReportSamples.item("a.jpg", visibility: "public", uploadIP: "10.0.0.1", ai: "used")].map(ReportSamples.row)
        let html = try page(rows)
        let block = try #require(html.firstRange(of: "<script type=\"application/json\" id=\"item-data\">"))
        let json = String(html[block.upperBound...].prefix { $0 != "<" })
        let data = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let items = try #require(data["items"] as? [[Any]])
        #expect(items.map { $0[1] as? String } == ["b.jpg", "a.jpg", "c.jpg"], "located first, then upload IP, then the rest")
        let lists = try #require(data["lists"] as? [String: [String]])
        let kinds = try #require(data["kinds"] as? [[Any]]).map { kind in kind.map { $0 as? Int } }
        #expect(items.map { lists["visibility"]?[kinds[$0[0] as! Int][1]!] } == ["public", "public", "private"])
        #expect(items.map { kinds[$0[0] as! Int][0].map { lists["verdict"]![$0] } } == [nil, "used", nil])
        #expect(kinds.count == 3, "one kind per mix of verdict and visibility here")
        #expect(items[0][3] as? String == "1, 2" && items[0][2] as? Int == 20190101000000, "a date as its digits")
        #expect(items[1].count == 2, "nothing after the name when there is no date, location, caption or preview")
        #expect(lists["export"] == ["facebook · facebook-test"])
        #expect(html.contains("aria-rowcount=\"4\""))
    }

    @Test func allowsOnlyItsOwnStyleAndScript() throws {
        let html = try page([hostileRow()])
        let policy = HTMLReport.contentSecurityPolicy
        #expect(policy.hasPrefix("default-src 'none'; "))
        #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"\(policy)\">"))
        #expect(html.contains("<script>\(HTMLAssets.script)</script>") && html.contains("<style>\(HTMLAssets.style)</style>"))
        #expect(policy.contains(HTMLText.cspHash(HTMLAssets.script)) && !policy.contains("unsafe"))
    }

    @Test func pointsNowhereOffTheMachine() throws {
        let html = try page([hostileRow()]).lowercased()
        for forbidden in ["http:", "https:", "src=\"//", "href=", "@import", "url(", "<link", "<iframe", "fetch(", "xmlhttprequest"] {
            #expect(!html.contains(forbidden), "found \(forbidden)")
        }
    }

    @Test(arguments: [("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
                      ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
                      (String(repeating: "a", count: 1000), "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")])
    func hashesAsSHA256(_ text: String, _ hex: String) {
        #expect(SHA256.digest(Array(text.utf8)).map { String(format: "%02x", $0) }.joined() == hex)
    }

    @Test func linksPhotosByEscapedRelativePaths() {
        let url = RelativeURL.from(URL(fileURLWithPath: "/home/j/reports"), to: URL(fileURLWithPath: "/home/j/ex port/a:b#c?.jpg"))
        #expect(url == "./../ex%20port/a%3Ab%23c%3F.jpg")
    }

    @Test func writesTheFileForItsOwnerOnly() throws {
        let folder = Paths.temporaryFolder()
        let db = try ReportSamples.sampleDatabase(in: folder)
        let html = folder.appendingPathComponent("report.html")
        #expect(FileManager.default.createFile(atPath: html.path, contents: Data("old".utf8), attributes: [.posixPermissions: 0o644]))
        let outcome = try CLI.run(["report", "--html", html.path, "--db", db])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("loads nothing from the network"))
        let mode = try FileManager.default.attributesOfItem(atPath: html.path)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
    }

    @Test func embedsPhotosUpToTheLimitAndSaysWhatItLeftOut() throws {
        let folder = Paths.temporaryFolder()
        let db = try ReportSamples.sampleDatabase(in: folder)
        let plain = folder.appendingPathComponent("plain.html")
        let embedded = folder.appendingPathComponent("embedded.html")
        #expect(try CLI.run(["report", "--html", plain.path, "--db", db]).status == 0)
        #expect(try CLI.run(["report", "--html", embedded.path, "--embed-thumbnails", "--db", db]).status == 0)
        let plainText = try String(contentsOf: plain, encoding: .utf8)
        let embeddedText = try String(contentsOf: embedded, encoding: .utf8)
        #expect(!plainText.contains("data:image/") && plainText.contains("their export is a zip: run again with --embed-thumbnails"))
        #expect(embeddedText.contains(",\"data:image/jpeg;base64,") && embeddedText.contains("photos are embedded in this file"))
    }

    @Test func capsEmbeddedPhotosByTotalSizeAndSaysHowManyWereLeftOut() throws {
        let folder = Paths.temporaryFolder()
        let database = try ExposureDatabase(path: try ReportSamples.sampleDatabase(in: folder), create: false)
        let file = folder.appendingPathComponent("capped.html")
        let options = Thumbnails.Options(embed: true, embedLimit: 1_024, reportFolder: folder)
        try database.read { db in
            let content = try ReportContent.fetch(db)
            try OutputFile.stream(to: file.path) { try HTMLReport.write(content, db, thumbnails: options, to: $0) }
        }
        let html = try String(contentsOf: file, encoding: .utf8)
        let photos = html.components(separatedBy: "\"data:image/jpeg;base64,").dropFirst()
            .map { Data(base64Encoded: String($0.prefix { $0 != "\"" }))?.count ?? 0 }
        #expect(!photos.isEmpty && photos.reduce(0, +) <= 1_024)
        #expect(html.contains("\(photos.count) photos are embedded in this file"))
        let leftOut = try #require(html.firstMatch(of: /([0-9]+) photos were not embedded because the 1 KB limit was reached: raise it with --embed-limit./))
        #expect(Int(leftOut.output.1)! > 0)
    }

    /// The report reads only the columns it shows: a column left out of those lists would leave a field empty.
    @Test func readsFromTheDatabaseWhatItWouldShowOfFullyReadItems() throws {
        let folder = Paths.temporaryFolder()
        let database = try ExposureDatabase(path: try ReportSamples.sampleDatabase(in: folder), create: false)
        let options = Thumbnails.Options(embed: true, embedLimit: 1 << 20, reportFolder: folder)
        let (stored, held) = try database.read { db in
            let content = try ReportContent.fetch(db)
            let pages = (folder.appendingPathComponent("stored.html"), folder.appendingPathComponent("held.html"))
            try OutputFile.stream(to: pages.0.path) { try HTMLReport.write(content, db, thumbnails: options, to: $0) }
            let rows = try ItemRow.fetchAll(db)
            try OutputFile.stream(to: pages.1.path) { try HTMLReport.write(content, items: .held(rows), thumbnails: options, to: $0) }
            return try (String(contentsOf: pages.0, encoding: .utf8), String(contentsOf: pages.1, encoding: .utf8))
        }
        #expect(stored.contains("data:image/jpeg;base64,") && stored.contains("\"lists\":{\"verdict\""))
        #expect(stored == held)
    }

    @Test func refusesThumbnailOptionsWithoutHTML() throws {
        let outcome = try CLI.run(["report", "--embed-thumbnails", "--db", "/nonexistent.sqlite"])
        #expect(outcome.status != 0 && outcome.stderr.contains("--embed-thumbnails only applies with --html FILE."))
    }
}

extension HTMLReport {
    /// The page for items held in memory, written to a file and read back as a test reads it.
    static func page(_ content: ReportContent, rows: [ItemRow]) throws -> String {
        let file = Paths.temporaryFolder().appendingPathComponent("report.html")
        let options = Thumbnails.Options(embed: false, embedLimit: 0, reportFolder: file.deletingLastPathComponent())
        try OutputFile.stream(to: file.path) { try write(content, items: .held(rows), thumbnails: options, to: $0) }
        return try String(contentsOf: file, encoding: .utf8)
    }
}

extension HTMLItems {
    /// Items held in memory, numbered in order where they have no id yet, as a database would number them.
    static func held(_ rows: [ItemRow]) -> HTMLItems {
        let numbered = rows.enumerated().map { index, row in
            var row = row
            row.item.id = row.item.id ?? Int64(index + 1)
            return row
        }
        let byId = Dictionary(uniqueKeysWithValues: numbered.map { ($0.item.id!, $0) })
        return HTMLItems(forEach: { body in try numbered.forEach(body) },
                         inOrder: { ids, body in try ids.forEach { try body(byId[$0]!) } })
    }
}
