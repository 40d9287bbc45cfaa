import Foundation
import Testing
@testable import ExposureKit

/// The steps about single items: each item with the link that opens it on Facebook where the export
/// gives one (and not a copy of the file on Meta's servers), what to change, and text from the export
/// kept as text in the HTML.
struct PlanItemTests {
    private static let located = "your_facebook_activity/posts/media/Trip_1/located.jpg"
    private static let withAddress = "your_facebook_activity/posts/media/Trip_1/address.jpg"
    private static let oldProfile = "your_facebook_activity/posts/media/Profile_1/old.jpg"
    private static let onFacebook = "https://www.facebook.com/photo.php?fbid=2002&set=a.1"
    private static let onCDN = "https://scontent.xx.fbcdn.net/v/t39.30808-6/1_n.jpg?oh=00"

    /// A Facebook export of two trip photos and two profile pictures, some with links to Facebook.
    private static func export(in folder: URL) throws -> URL {
        func photo(_ uri: String, _ time: Int, link: String, exif: [String: Any]) -> [String: Any] {
            ["uri": uri, "creation_timestamp": time, "backup_uri": link, "media_metadata": ["photo_metadata": ["exif_data": [exif]]]]
        }
        var export = ExportBuilder()
        let trip: [String: Any] = ["name": "Trip", "photos": [
            photo(located, 1_700_000_000, link: onFacebook, exif: ["latitude": 52.52, "longitude": 13.405, "upload_ip": "192.0.2.7"]),
            photo(withAddress, 1_700_000_100, link: onCDN, exif: ["upload_ip": "192.0.2.7"]),
        ]]
        let profile: [String: Any] = ["name": "Profile pictures", "photos": [
            photo(oldProfile, 1_500_000_000, link: "https://www.facebook.com/photo/?fbid=1001", exif: ["upload_ip": "192.0.2.8"]),
            photo("your_facebook_activity/posts/media/Profile_1/new.jpg", 1_710_000_000, link: onCDN, exif: [:]),
        ]]
        export.add("your_facebook_activity/posts/album/0.json", try JSONSerialization.data(withJSONObject: trip))
        export.add("your_facebook_activity/posts/album/1.json", try JSONSerialization.data(withJSONObject: profile))
        for path in [located, withAddress, oldProfile, "your_facebook_activity/posts/media/Profile_1/new.jpg"] {
            export.add(path, Data([0xFF, 0xD8, 0xFF, 0xD9]))
        }
        return try export.folder(in: folder, named: "facebook-links-2024-01-01-Test5678")
    }

    private func run(_ arguments: [String], _ db: String) throws -> String {
        let outcome = try CLI.run(arguments + ["--db", db])
        #expect(outcome.status == 0, "\(arguments): \(outcome.stderr)")
        return outcome.stdout
    }

    @Test func eachItemComesWithItsLinkOnFacebookAndWhatToChange() throws {
        let folder = Paths.temporaryFolder()
        let db = folder.appendingPathComponent("links.sqlite").path
        _ = try run(["scan", "--quiet", try Self.export(in: folder).path], db)
        _ = try run(["visibility", "set", "public", "--album", "Trip"], db)
        _ = try run(["facts", "set", "--region", "row", "--adult"], db)
        let plan = try PlanDocument(try run(["plan", "--format", "json"], db))

        let exposed = try plan.action("public-items-that-give-away-more").raw["item_list"] as? [[String: Any]] ?? []
        #expect(exposed.map { $0["path"] as? String } == [Self.located, Self.withAddress], "a location first")
        #expect(exposed.first?["link"] as? String == Self.onFacebook)
        #expect(exposed.last?["link"] == nil, "a link to a copy of the file on Meta's servers opens nothing to change")
        #expect((exposed.first?["change"] as? String)?.contains("Remove the location") == true)
        #expect((exposed.last?["change"] as? String)?.contains("cannot be edited") == true)

        let profile = try plan.action("profile-and-cover-photos").raw["item_list"] as? [[String: Any]] ?? []
        #expect(profile.map { $0["path"] as? String } == [Self.oldProfile], "the current profile picture cannot be restricted")
        #expect(profile.first?["link"] as? String == "https://www.facebook.com/photo/?fbid=1001")

        let terminal = try run(["plan"], db)
        #expect(terminal.contains("open: " + Self.onFacebook))
        let page = folder.appendingPathComponent("report.html")
        _ = try run(["report", "--html", page.path], db)
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.contains("<a href=\"https://www.facebook.com/photo.php?fbid=2002&amp;set=a.1\" rel=\"noopener noreferrer\""))

        let listed = try JSONSerialization.jsonObject(with: Data(try run(["plan", "--items", "--format", "json"], db).utf8))
        var report = try JSONSerialization.jsonObject(with: Data(try run(["report", "--format", "json"], db).utf8)) as? [String: Any]
        #expect(report?["plan"] != nil)
        report?["plan"] = listed
        let schema = Paths.repository.appendingPathComponent("docs/report.schema.json")
        #expect(try ReportSchemaValidator(schemaFile: schema).problems(report as Any) == [], "the plan with its items, as documented")
    }

    @Test func theHTMLSectionKeepsTheExportsTextAsText() {
        let item = PlanItem(
            platform: .facebook, export: "e", path: "media/<img src=x onerror=alert(1)>.jpg", postedAt: nil, aiTraining: "used",
            gives: [.location], link: "javascript:alert(1)", change: "<u>change</u>")
        let action = PlanAction(
            id: "public-items-that-give-away-more", title: "T<i>", status: .open, statusReason: "\"quoted\" & <reason>",
            does: "d", items: 1, changes: 1, mayAlsoCover: 0, byRule: [PlanRuleCount(rule: "<R>", verdict: "used", items: 1)],
            notCovered: [PlanLimit(what: "<limit>", items: 2, sources: ["<S>"])],
            place: PlanPlace(path: "<path>", asOf: "2026-11-27", link: "https://example.org/?a=<b>"),
            sources: [PlanSource(id: "S1", title: "<title>", date: "2024", url: "https://example.org/\"x")], itemList: [item])
        let html = HTMLPlanSection.section(ActionPlan(asOf: "2026-11-27", actions: [action], notes: [PlanNote(text: "<note>", sources: [])]))
        for raw in ["<img", "<u>", "<i>", "<reason>", "<limit>", "<path>", "<title>", "<note>", "<R>", "href=\"javascript"] {
            #expect(!html.contains(raw), "\(raw) left unescaped")
        }
        #expect(html.contains("media/&lt;img src=x onerror=alert(1)&gt;.jpg"))
        #expect(html.contains("&quot;quoted&quot; &amp; &lt;reason&gt;"))
        #expect(html.contains("href=\"https://example.org/?a=&lt;b&gt;\""))
    }
}
