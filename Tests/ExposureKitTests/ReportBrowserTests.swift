import Foundation
import GRDB
import Testing
@testable import ExposureKit

/// The HTML report in a real browser with no network: it shows the database's numbers, runs its own
/// script under its strict policy, shows hostile captions as text, and asks for nothing.
@Suite(.serialized, .enabled(if: Chromium.executable != nil, Comment(rawValue: Chromium.missingReason)))
struct ReportBrowserTests {
    private struct Rendered {
        var database: String
        var page: URL
        var dom: String
        var requests: [String]
    }

    private static func render() throws -> Rendered {
        let folder = Paths.temporaryFolder()
        let db = try ReportSamples.database(in: folder)
        let page = folder.appendingPathComponent("report.html")
        let outcome = try CLI.run(["report", "--html", page.path, "--embed-thumbnails", "--db", db])
        guard outcome.status == 0 else { throw ReportTestFailure(description: outcome.stderr) }
        let netLog = folder.appendingPathComponent("netlog.json")
        let dom = try Chromium.dumpDOM(page, netLog: netLog)
        return Rendered(database: db, page: page, dom: dom, requests: try NetLog.pageRequests(netLog))
    }

    private static let rendered = Result { try render() }

    private func count(_ id: String, in dom: String) -> Int? {
        guard let match = dom.firstMatch(of: try! Regex("id=\"\(id)\" data-count=\"([0-9]+)\"")) else { return nil }
        return Int(match.output[1].substring ?? "")
    }

    @Test func showsTheNumbersTheDatabaseHolds() throws {
        let page = try Self.rendered.get()
        let expected = try ExposureDatabase(path: page.database, create: false).read { db in
            let items = try ItemRecord.fetchAll(db)
            return (items.count, items.filter { $0.visibility == "public" }.count,
                    items.filter { $0.visibility == "public" && $0.hasLocation }.count,
                    try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM item WHERE aiTraining = 'used'")!,
                    items.filter(\.hasLocation).count)
        }
        #expect(count("count-items", in: page.dom) == expected.0)
        #expect(count("count-public", in: page.dom) == expected.1)
        #expect(count("count-public-location", in: page.dom) == expected.2)
        #expect(page.dom.contains("id=\"count-ai-used\">\(expected.3)<"))
        #expect(count("map-count", in: page.dom) == expected.4)
        #expect(page.dom.components(separatedBy: "<tr data-verdict=").count - 1 == expected.0)
        // Written by the page's script, so it ran under the Content-Security-Policy.
        #expect(page.dom.contains("Showing \(expected.0) of \(expected.0) items"))
        #expect(page.dom.contains("<svg viewBox=") && page.dom.contains("class=\"land\""))
    }

    @Test func showsWhatYouCanDo() throws {
        let page = try Self.rendered.get()
        let exposed = try ExposureDatabase(path: page.database, create: false).read { db in
            try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM item i JOIN export e ON e.id = i.exportId
                WHERE e.name = 'facebook-jdoe-2024-11-18-Ab12Cd34' AND i.visibility = 'public'
                AND ((COALESCE(i.jsonLatitude, i.exifLatitude) IS NOT NULL AND COALESCE(i.jsonLongitude, i.exifLongitude) IS NOT NULL)
                     OR i.exifSerialNumber IS NOT NULL OR i.uploadIP IS NOT NULL)
                AND i.id NOT IN (SELECT itemId FROM itemSource WHERE kind IN ('profile_picture', 'cover_photo'))
                """)!
        }
        #expect(page.dom.contains("<h2>What you can do</h2>"))
        #expect(exposed > 0)
        #expect(count("plan-items-public-items-that-give-away-more", in: page.dom) == exposed,
                "the newest Facebook export's public items that give something away, profile photos apart")
        #expect(page.dom.contains("id=\"step-object\" data-status=\"needs_facts\""), "no region is set")
        #expect(page.dom.contains("<a href=\"https://about.fb.com/news/2025/04/making-ai-work-harder-for-europeans/\" rel=\"noopener noreferrer\""),
                "sources are links that tell the site nothing about this page")
    }

    @Test func asksWhoCouldSeeTheItemsWithHostileNamesAsText() throws {
        let folder = Paths.temporaryFolder()
        let db = folder.appendingPathComponent("questions.sqlite").path
        for export in [ReportSamples.sampleExport, try ReportSamples.hostileExport(in: folder).path] {
            #expect(try CLI.run(["scan", "--quiet", "--db", db, export]).status == 0)
        }
        let page = folder.appendingPathComponent("questions.html")
        #expect(try CLI.run(["report", "--html", page.path, "--db", db]).status == 0)
        let netLog = folder.appendingPathComponent("netlog.json")
        let dom = try Chromium.dumpDOM(page, netLog: netLog)
        #expect(try NetLog.pageRequests(netLog).filter { $0 != page.absoluteString } == [])

        let review = try JSONSerialization.jsonObject(with: Data(try CLI.run(["review", "--format", "json", "--db", db]).stdout.utf8)) as! [String: Any]
        let unknown = try ExposureDatabase(path: db, create: false).read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM item WHERE visibility = 'unknown'")!
        }
        #expect(dom.contains("<h2>Who could see these?</h2>"))
        #expect(count("count-questions-items", in: dom) == unknown)
        #expect(count("count-questions", in: dom) == (review["questions"] as! [Any]).count)
        let section = String(try #require(dom.firstRange(of: "<section id=\"questions\">").map { dom[$0.lowerBound...] }))
        #expect(section.contains("Facebook album “&lt;b onmouseover=\"alert(1)\"&gt;Trip&lt;/b&gt;”"))
        #expect(section.contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;"))
        #expect(!dom.contains("<b onmouseover") && !dom.contains("<img src=\"x\""))
        #expect(section.contains("exposure visibility set private --always --platform facebook --in albums --album"))
    }

    @Test func showsHostileCaptionsAsText() throws {
        let dom = try Self.rendered.get().dom
        #expect(dom.contains("<title>Exposure report</title>"))
        #expect(dom.contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;&lt;img src=x onerror=\"document.title='pwned'\"&gt; &amp; more"))
        #expect(dom.contains("&lt;b onmouseover=\"alert(1)\"&gt;Trip&lt;/b&gt;"))
        #expect(!dom.contains("<img src=\"x\"") && !dom.contains("<b onmouseover"))
    }

    @Test func requestsNothing() throws {
        let page = try Self.rendered.get()
        #expect(page.requests.filter { $0 != page.page.absoluteString } == [])
    }

    @Test func theRequestCheckSeesAPageThatDoesAsk() throws {
        let folder = Paths.temporaryFolder()
        let leaky = folder.appendingPathComponent("leaky.html")
        try Data("""
            <!DOCTYPE html><link rel="stylesheet" href="https://cdn.example.com/a.css">\
            <img src="http://tiles.example.org/1.png"><script>fetch("https://example.net/beacon")</script>
            """.utf8).write(to: leaky)
        let netLog = folder.appendingPathComponent("netlog.json")
        _ = try Chromium.dumpDOM(leaky, netLog: netLog)
        #expect(Set(try NetLog.pageRequests(netLog)) == [
            "https://cdn.example.com/a.css", "http://tiles.example.org/1.png", "https://example.net/beacon",
        ])
    }
}
