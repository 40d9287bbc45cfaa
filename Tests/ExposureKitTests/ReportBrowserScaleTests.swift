import Foundation
import GRDB
import Testing
@testable import ExposureKit

/// The HTML report's table at 10,000 items in a real browser: it draws only the rows on screen, yet
/// scrolling reaches the last item and sorting and filtering work on all of them.
@Suite(.serialized, .enabled(if: Chromium.executable != nil, Comment(rawValue: Chromium.missingReason)))
struct ReportBrowserScaleTests {
    private static let itemCount = 10_000

    private struct Written {
        var rows: [ItemRow]
        var page: URL
    }

    /// The sample database with its items copied under new paths and posting dates up to 10,000 items.
    private static func write() throws -> Written {
        let folder = Paths.temporaryFolder()
        let path = try ReportSamples.database(in: folder)
        let database = try ExposureDatabase(path: path, create: false)
        try database.write { db in
            let columns = ItemRecord.columnNames.filter { $0 != "archivePath" && $0 != "postedAt" }.joined(separator: ", ")
            let have = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM item")!
            try db.execute(sql: """
                WITH RECURSIVE copy(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM copy WHERE n < ?)
                INSERT INTO item (archivePath, postedAt, \(columns))
                SELECT archivePath || '.copy' || n, printf('20%02d-%02d-%02dT%02d:00:00Z', 10 + n % 15, 1 + n % 12, 1 + n % 28, n % 24),
                \(columns) FROM item, copy LIMIT ?
                """, arguments: [itemCount, itemCount - have])
        }
        let page = folder.appendingPathComponent("report.html")
        let outcome = try CLI.run(["report", "--html", page.path, "--db", path])
        guard outcome.status == 0 else { throw ReportTestFailure(description: outcome.stderr) }
        return Written(rows: try database.read { try ItemRow.fetchAll($0) }, page: page)
    }

    private static let written = Result { try write() }

    private func click(_ key: String) -> String {
        "(async () => { document.querySelector('th[data-key=\"\(key)\"] button').click(); \(BrowserSteps.nextFrames) "
            + "return \(BrowserSteps.drawnRows); })()"
    }

    @Test func scrollingToTheEndShowsTheLastItem() throws {
        let written = try Self.written.get()
        #expect(written.rows.count == Self.itemCount)
        let values = try BrowserSteps.run(written.page, [
            "\(BrowserSteps.drawnRows).length",
            """
            (async () => { const box = document.getElementById("items-scroll"); box.focus(); box.scrollTop = box.scrollHeight;
            \(BrowserSteps.nextFrames) return \(BrowserSteps.drawnRows); })()
            """,
        ])
        let drawnAtFirst = try #require(values[0] as? Int)
        #expect(drawnAtFirst > 0 && drawnAtFirst < 200, "only the rows on screen are drawn")
        let rows = try #require(values[1] as? [[String: Any]])
        let last = try #require(rows.last)
        #expect(last["index"] as? Int == Self.itemCount + 1, "the last of 10,000 rows after the header row")
        #expect(last["rank"] as? String == "\(Self.itemCount)")
        #expect(last["path"] as? String == ExposureOrder.sorted(written.rows).last?.item.archivePath)
        #expect(last["onScreen"] as? Bool == true)
    }

    @Test func sortingByDatePutsTheOldestFirst() throws {
        let written = try Self.written.get()
        let dates = written.rows.compactMap(\.item.postedAt).sorted()
        let values = try BrowserSteps.run(written.page, [click("posted"), click("posted")])
        let ascending = try #require(values[0] as? [[String: Any]]), descending = try #require(values[1] as? [[String: Any]])
        #expect(ascending.first?["posted"] as? String == dates.first)
        #expect(ascending.prefix(5).compactMap { $0["posted"] as? String } == Array(dates.prefix(5)))
        #expect(descending.first?["posted"] as? String == dates.last)
        #expect(ascending.first?["index"] as? Int == 2, "the oldest is the first row again")
    }

    @Test func aTextFilterOverAllItemsUpdatesTheLiveCount() throws {
        let written = try Self.written.get()
        let query = "copy12"
        let expected = written.rows.filter { row in
            [row.item.caption, row.item.album, row.item.archivePath].contains { $0?.lowercased().contains(query) == true }
        }
        #expect(expected.count > 100, "the matches lie all over the table, not on its first screen")
        let values = try BrowserSteps.run(written.page, [
            """
            (async () => { const search = document.getElementById("filter-text"); search.value = "\(query)";
            search.dispatchEvent(new Event("input")); \(BrowserSteps.nextFrames)
            const shown = document.getElementById("shown");
            return { count: shown.textContent, live: shown.getAttribute("aria-live"),
                     rowCount: document.getElementById("items").getAttribute("aria-rowcount"), rows: \(BrowserSteps.drawnRows) }; })()
            """,
        ])
        let result = try #require(values[0] as? [String: Any])
        #expect(result["count"] as? String == "Showing \(Count.text(expected.count)) of \(Count.text(Self.itemCount)) items")
        #expect(result["live"] as? String == "polite")
        #expect(result["rowCount"] as? String == "\(expected.count + 1)")
        let rows = try #require(result["rows"] as? [[String: Any]])
        #expect(!rows.isEmpty && rows.allSatisfy { ($0["path"] as? String)?.contains(query) == true })
    }
}
