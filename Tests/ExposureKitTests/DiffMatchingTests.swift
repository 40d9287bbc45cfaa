import Foundation
import GRDB
import Testing
@testable import ExposureKit

/// How `exposure diff` pairs items and reads export names, on cases the fixture pairs do not hold.
struct DiffMatchingTests {
    /// An item state as SQLite hands it over, at `path`, with `caption`.
    private func state(_ path: String, caption: String = "", id: Int64) throws -> ItemState {
        let row = try DatabaseQueue().read { db in
            try Row.fetchOne(db, sql: "SELECT ?, ?, 'photo', 'post', NULL, ?, NULL, 'public', 'account_setting', 'used', 'R13', NULL, NULL",
                             arguments: [id, path, caption])!
        }
        return ItemState(row: row)
    }

    private func side(_ export: String, _ items: [ItemState]) -> DiffSide {
        DiffSide(exportId: 1, platform: .instagram, exportName: export, items: items)
    }

    @Test func aFileNameTwiceOnASideIsMatchedByItsWholePath() throws {
        let old = side("old", [try state("media/a/x.jpg", id: 1), try state("media/b/x.jpg", id: 2), try state("media/c/y.jpg", id: 3)])
        let new = side("new", [try state("media/a/x.jpg", caption: "edited", id: 4), try state("media/d/y.jpg", id: 5)])
        let diff = ExportDiff.compare(old, new, now: Date())
        #expect(diff.items.map { "\($0.change.rawValue) \($0.fileName) \($0.changed.map(\.rawValue))" }
                == ["removed media/b/x.jpg []", "changed media/a/x.jpg [\"caption\"]"])
        #expect((diff.counts.removed, diff.counts.changed, diff.counts.unchanged, diff.counts.caption) == (1, 1, 1, 1))
    }

    @Test(arguments: [
        ("facebook-jdoe-2024-11-18-Ab12Cd34", "jdoe", "2024-11-18"),
        ("facebook-61568298782340-2024-11-18-tP4KIfRH", "61568298782340", "2024-11-18"),
        ("facebook-chendavis1-2026-3-11-Hl65Zstp", "chendavis1", "2026-03-11"),
        ("facebook-someone-12-4-2025-8nmoNHkR", "someone", "2025-04-12"),
        ("instagram-jdoe-20181016", "jdoe", "2018-10-16"),
        ("instagram-jdoe-2025-13-40-Token", "jdoe", nil),
    ])
    func exportNamesTellTheAccountAndTheDay(_ name: String, _ account: String, _ day: String?) {
        let parsed = ExportName(name)
        #expect(parsed.account == account)
        #expect(parsed.day == day)
    }

    @Test func aNameNotMadeByMetaTellsNothing() {
        let parsed = ExportName("my-photos.zip")
        #expect(parsed.account == nil && parsed.day == nil)
    }
}
