import ExposureKit
import Foundation
import Testing

/// `exposure diff` end to end on the fixture pairs: two exports of one account before and after the
/// person acted, checked item by item against the oracle `Fixtures/generate.py` wrote from its model.
struct DiffCommandTests {
    struct Pair: CustomTestStringConvertible, Sendable {
        var platform: String
        var before: String
        var after: String
        var testDescription: String { platform }

        var oracle: [[String: String]] {
            get throws { try DiffFixtures.csv("diff/\(platform)/expected-diff.csv") }
        }
    }

    static let facebook = Pair(platform: "facebook", before: "facebook-jdoe-2025-01-10-Bf01Xy23", after: "facebook-jdoe-2025-04-02-Af02Zw45")
    static let instagram = Pair(platform: "instagram", before: "instagram-jdoe-2025-01-12-Qb01Rt23", after: "instagram-jdoe-2025-04-02-Qa02Ws45")

    /// A new database with the pair scanned newest first, so only the names' days can order them.
    private func scanned(_ pair: Pair) throws -> String {
        let db = Paths.temporaryFolder().appendingPathComponent("e.sqlite").path
        for side in ["after", "before"] {
            let name = side == "after" ? pair.after : pair.before
            _ = try DiffFixtures.exposure(["scan", "--quiet", Paths.fixture("diff/\(pair.platform)/\(side)/\(name).zip")], db: db)
        }
        _ = try DiffFixtures.exposure(["facts", "set", "--region", "row", "--adult"], db: db)
        return db
    }

    @Test(arguments: [facebook, instagram])
    func listsExactlyTheFixturesChanges(_ pair: Pair) throws {
        let db = try scanned(pair)
        let diff = try DiffFixtures.json(["diff", "--format", "json"], db: db)
        #expect((diff["old"] as? [String: Any])?["export"] as? String == pair.before)
        #expect((diff["new"] as? [String: Any])?["export"] as? String == pair.after)
        let items = diff["items"] as? [[String: Any]] ?? []
        let verdicts = try DiffFixtures.verdictChanges(db, old: pair.before, new: pair.after)
        let oracle = try pair.oracle
        #expect(!oracle.isEmpty)
        var expected = oracle.map { DiffFixtures.oracleLine($0, verdict: verdicts[$0["file_name"]!]) }
        for (name, change) in verdicts.sorted(by: { $0.key < $1.key }) where !oracle.contains(where: { $0["file_name"] == name }) {
            expected.append("changed \(name) [verdict] verdict \(change.old) -> \(change.new)")
        }
        let listed = items.map(DiffFixtures.itemLine)
        #expect(listed.sorted() == expected.sorted())
        let counts = diff["counts"] as? [String: Int] ?? [:]
        #expect(counts["added"] == oracle.filter { $0["change"] == "added" }.count)
        #expect(counts["removed"] == oracle.filter { $0["change"] == "removed" }.count)
        #expect(counts["changed"] == items.filter { $0["change"] as? String == "changed" }.count)
        #expect(counts["verdict"] == verdicts.count)
        let kept = (diff["new"] as? [String: Any])?["items"] as? Int ?? 0
        #expect(counts["unchanged"] == kept - (counts["added"] ?? 0) - (counts["changed"] ?? 0))
    }

    @Test func theTerminalTextGivesTheCountsFirstThenTheItems() throws {
        let db = try scanned(Self.facebook)
        let text = try DiffFixtures.exposure(["diff", Self.facebook.before, Self.facebook.after], db: db).stdout
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let counts = try #require(lines.firstIndex { $0.hasPrefix("1 added, 2 removed, ") })
        let firstItem = try #require(lines.firstIndex { $0.hasPrefix("  + ") || $0.hasPrefix("  - ") || $0.hasPrefix("  ~ ") })
        #expect(counts < firstItem)
        #expect(text.contains("caption: \"Coffee at the corner\" → \"Coffee at the corner café ☕\""))
        #expect(text.contains("location: 48.1500278, 11.5611667 → none"))
        #expect(text.hasSuffix("changed since scan 1 of \(Self.facebook.after): exposure diff 1\n"), "scan 1 read the newer export")
    }

    @Test(arguments: [facebook, instagram])
    func theJSONFollowsItsDocumentedSchema(_ pair: Pair) throws {
        let db = try scanned(pair)
        let validator = try ReportSchemaValidator(schemaFile: Paths.repository.appendingPathComponent("docs/diff.schema.json"))
        var diff = try DiffFixtures.json(["diff", pair.before, pair.after, "--format", "json"], db: db)
        #expect(validator.problems(diff) == [])
        #expect((diff["items"] as? [Any])?.isEmpty == false)
        diff["counts"] = nil
        #expect(validator.problems(diff) == ["$: lacks counts"])
    }

    @Test(arguments: [facebook, instagram])
    func theCSVHoldsWhatTheJSONHolds(_ pair: Pair) throws {
        let db = try scanned(pair)
        let file = Paths.temporaryFolder().appendingPathComponent("diff.csv")
        let json = try DiffFixtures.json(["diff", "--format", "json", "--csv", file.path], db: db)
        let bytes = try String(contentsOf: file, encoding: .utf8)
        #expect(bytes.hasPrefix("platform,change,file_name,media_type,changed,old_path,new_path,"))
        let utf8 = Array(bytes.utf8)
        #expect(utf8.indices.filter { utf8[$0] == 0x0A }.allSatisfy { $0 > 0 && utf8[$0 - 1] == 0x0D })
        let table = CSVTable(bytes)
        let items = json["items"] as? [[String: Any]] ?? []
        #expect(table.rows.count == items.count)
        for (row, item) in zip(table.records, items) {
            let old = item["old"] as? [String: Any], new = item["new"] as? [String: Any]
            #expect(row["platform"] == pair.platform)
            #expect(row["change"] == item["change"] as? String)
            #expect(row["file_name"] == item["file_name"] as? String)
            #expect(row["changed"] == (item["changed"] as? [String] ?? []).joined(separator: ";"))
            for (column, state, key) in [("old_path", old, "archive_path"), ("new_path", new, "archive_path"),
                                         ("old_visibility", old, "visibility"), ("new_visibility", new, "visibility"),
                                         ("old_verdict", old, "verdict"), ("new_verdict", new, "verdict"),
                                         ("old_caption", old, "caption"), ("new_caption", new, "caption"),
                                         ("old_latitude", old, "latitude"), ("new_longitude", new, "longitude")] {
                #expect(row[column] == DiffFixtures.text(state?[key]), "\(column) of \(row["file_name"] ?? "")")
            }
        }
    }

    @Test func aScanComparedWithItsExportNowShowsThePersonsAnswer() throws {
        let db = try scanned(Self.facebook)
        let answer = try DiffFixtures.csv("diff/facebook/expected-answer-diff.csv")
        let album = "Summer in Porto"
        _ = try DiffFixtures.exposure(["visibility", "set", "private", "--album", album], db: db)
        // Scan 1 read the newer export (the pair is scanned newest first).
        let diff = try DiffFixtures.json(["diff", "1", "--format", "json"], db: db)
        #expect((diff["old"] as? [String: Any])?["scan_id"] as? Int == 1)
        #expect((diff["new"] as? [String: Any])?["scan_id"] == nil)
        let items = diff["items"] as? [[String: Any]] ?? []
        // The facts set after scan 1 moved verdicts too; only the answer moved visibilities.
        let answered = items.filter { ($0["changed"] as? [String] ?? []).contains("visibility") }
        #expect(items.filter { !answered.map(DiffFixtures.itemLine).contains(DiffFixtures.itemLine($0)) }
            .allSatisfy { $0["changed"] as? [String] == ["verdict"] })
        let visibility = answered.map { item in
            DiffFixtures.itemLine(item).replacingOccurrences(of: #" \[.*"#, with: "", options: .regularExpression)
                + " \((item["old"] as? [String: Any])?["visibility"] ?? "") -> \((item["new"] as? [String: Any])?["visibility"] ?? "")"
        }
        #expect(!answer.isEmpty)
        #expect(visibility.sorted() == answer.map { "changed \($0["file_name"]!) \($0["old_visibility"]!) -> \($0["new_visibility"]!)" }.sorted())

        let rescan = try DiffFixtures.exposure(["scan", "--quiet", Paths.fixture("diff/facebook/after/\(Self.facebook.after).zip")], db: db)
        #expect(rescan.status == 0)
        let refused = try CLI.run(["diff", "3", "--db", db])
        #expect(refused.status == 1)
        #expect(refused.stderr == "exposure: scan 3 of \(Self.facebook.after) read nothing again (the export was unchanged), so it kept no copy of the items. Name scan 1, the last that read it, or \(Self.facebook.after) for its state now.\n")
    }

    @Test(arguments: [
        (["diff", "facebook-jdoe-1999-01-01-Nope1234", "facebook-jdoe-2025-04-02-Af02Zw45"], "no export or scan named facebook-jdoe-1999-01-01-Nope1234"),
        (["diff", "99"], "no export or scan named 99"),
        (["diff", "facebook-jdoe-2025-01-10-Bf01Xy23", "instagram-jdoe-2025-01-12-Qb01Rt23"], "is from Facebook and instagram-jdoe-2025-01-12-Qb01Rt23 from Instagram"),
        (["diff", "facebook-jdoe-2025-01-10-Bf01Xy23", "facebook-jdoe-2025-01-10-Bf01Xy23"], "both sides are facebook-jdoe-2025-01-10-Bf01Xy23"),
        (["diff"], "instagram-jdoe-2025-01-12-Qb01Rt23 is the only export of the account jdoe in the database"),
    ])
    func badSidesGetOnePlainLineAndChangeNothing(_ arguments: [String], _ phrase: String) throws {
        let db = Paths.temporaryFolder().appendingPathComponent("e.sqlite").path
        _ = try DiffFixtures.exposure(["scan", "--quiet", Paths.fixture("diff/facebook/before/\(Self.facebook.before).zip")], db: db)
        _ = try DiffFixtures.exposure(["scan", "--quiet", Paths.fixture("diff/instagram/before/\(Self.instagram.before).zip")], db: db)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: db))
        let outcome = try CLI.run(arguments + ["--db", db])
        #expect(outcome.status == 1)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr.split(separator: "\n").count == 1, "\(outcome.stderr)")
        #expect(outcome.stderr.hasPrefix("exposure: ") && outcome.stderr.contains(phrase), "\(outcome.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == bytes)
    }

    @Test func aDatabaseWithoutExportsSaysWhatToScan() throws {
        let db = Paths.temporaryFolder().appendingPathComponent("e.sqlite").path
        _ = try ExposureDatabase(path: db, create: true)
        let outcome = try CLI.run(["diff", "--db", db])
        #expect(outcome.status == 1)
        #expect(outcome.stderr == "exposure: no export is in the database yet. Scan two exports of one account first, then run exposure diff.\n")
    }
}

/// Reading the fixtures' oracles and the command's output in one shape, so they can be compared as lines.
enum DiffFixtures {
    static func exposure(_ arguments: [String], db: String) throws -> CLI.Outcome {
        let outcome = try CLI.run(arguments + ["--db", db])
        #expect(outcome.status == 0, "\(arguments): \(outcome.stderr)")
        return outcome
    }

    static func json(_ arguments: [String], db: String) throws -> [String: Any] {
        let out = try exposure(arguments, db: db).stdout
        return try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any] ?? [:]
    }

    static func csv(_ fixture: String) throws -> [[String: String]] {
        CSVTable(try String(contentsOfFile: Paths.fixture(fixture), encoding: .utf8)).records
    }

    /// Each file name whose verdict differs between the two exports, by `exposure export --csv`.
    static func verdictChanges(_ db: String, old: String, new: String) throws -> [String: (old: String, new: String)] {
        let rows = CSVTable(try exposure(["export", "--csv", "-"], db: db).stdout).records
        func verdicts(_ export: String) -> [String: String] {
            Dictionary(uniqueKeysWithValues: rows.filter { $0["export"] == export }.map {
                (String($0["archive_path"]!.split(separator: "/").last!), $0["ai_training"]!)
            })
        }
        let (before, after) = (verdicts(old), verdicts(new))
        var changes: [String: (old: String, new: String)] = [:]
        for (name, verdict) in before { if let now = after[name], now != verdict { changes[name] = (verdict, now) } }
        return changes
    }

    /// An oracle row as the line `itemLine` makes of the matching JSON item.
    static func oracleLine(_ row: [String: String], verdict: (old: String, new: String)?) -> String {
        var changed = row["changed"]!.split(separator: ";").map(String.init)
        if verdict != nil { changed.append("verdict") }
        let order = ["visibility", "verdict", "location", "caption"]
        changed.sort { order.firstIndex(of: $0)! < order.firstIndex(of: $1)! }
        var line = "\(row["change"]!) \(row["file_name"]!) [\(changed.joined(separator: ","))]"
        line += " path \(row["old_path"]!) -> \(row["new_path"]!)"
        line += " visibility \(row["old_visibility"]!) -> \(row["new_visibility"]!)"
        line += " caption \(row["old_caption"]!) -> \(row["new_caption"]!)"
        line += " at \(row["old_latitude"]!),\(row["old_longitude"]!) -> \(row["new_latitude"]!),\(row["new_longitude"]!)"
        if let verdict { line += " verdict \(verdict.old) -> \(verdict.new)" }
        return line
    }

    /// A JSON item as one line; the verdict only when it changed (the oracle knows no verdicts).
    static func itemLine(_ item: [String: Any]) -> String {
        let old = item["old"] as? [String: Any], new = item["new"] as? [String: Any]
        let changed = item["changed"] as? [String] ?? []
        func pair(_ key: String) -> String { "\(text(old?[key])) -> \(text(new?[key]))" }
        var line = "\(item["change"] ?? "") \(item["file_name"] ?? "") [\(changed.joined(separator: ","))]"
        if changed == ["verdict"] { return line + " verdict " + pair("verdict") }
        line += " path " + pair("archive_path") + " visibility " + pair("visibility") + " caption " + pair("caption")
        line += " at \(text(old?["latitude"])),\(text(old?["longitude"])) -> \(text(new?["latitude"])),\(text(new?["longitude"]))"
        if changed.contains("verdict") { line += " verdict " + pair("verdict") }
        return line
    }

    /// A JSON value as the CSVs write it: numbers with at most 7 decimals, nothing for absent.
    static func text(_ value: Any?) -> String {
        switch value {
        case let number as NSNumber where !(value is String):
            var text = String(format: "%.7f", number.doubleValue)
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
            return text
        case let string as String: return string
        default: return ""
        }
    }
}
