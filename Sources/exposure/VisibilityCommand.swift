import ArgumentParser
import ExposureKit

/// `exposure visibility set`: who can see items the export is silent about.
struct VisibilityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "visibility", abstract: "Say who can see items; your word outranks the export's.",
        subcommands: [VisibilitySet.self])
}

/// `exposure visibility set public|private [filters]`.
struct VisibilitySet: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Set the visibility of the items every given filter matches (all items when none is given).",
        discussion: "Overrides are kept and applied again after every scan. Verdicts are recomputed.")

    @Argument(help: "public or private")
    var visibility: Visibility

    @Flag(help: "The items have had this audience ever since they were posted.")
    var always = false

    @Option(help: "Only items of this platform (facebook, instagram).")
    var platform: Platform?

    @Option(help: "Only items of this album (case does not matter).")
    var album: String?

    @Option(help: "Only items found as this kind: post, album, story, profile_picture, …")
    var source: SourceKind?

    @Option(help: ArgumentHelp("Only items posted before this day (UTC).", valueName: "YYYY-MM-DD"))
    var before: String?

    @Option(help: ArgumentHelp("Only items posted on this day (UTC) or later.", valueName: "YYYY-MM-DD"))
    var after: String?

    @Option(help: ArgumentHelp("Only items whose archive path matches this pattern (* and ? as in a shell).", valueName: "glob"))
    var path: String?

    @Option(name: .customLong("in"), help: ArgumentHelp(
        "Only items in this place: albums (you made), posts, uncategorized, videos, reels, stories, groups, comments, page, threads, other-pages, profile, archive, unreferenced.",
        valueName: "place"))
    var place: ReviewPlace?

    @Flag(help: "Only items the export gives no posting date.")
    var undated = false

    @Flag(help: "Only items whose audience is still unknown: never overwrite an earlier answer.")
    var unanswered = false

    @OptionGroup var database: DatabaseOption

    func validate() throws {
        guard visibility != .unknown else { throw ValidationError("Give public or private.") }
        for (name, day) in [("--before", before), ("--after", after)] {
            if let day, CalendarDay(iso: day) == nil { throw ValidationError("\(name) \(day): write the date as YYYY-MM-DD.") }
        }
        if undated, before != nil || after != nil { throw ValidationError("--undated matches items with no date: drop --before and --after.") }
    }

    func run() throws {
        try reportingErrors {
            var filter = VisibilityOverrides.Filter()
            filter.platform = platform
            filter.album = album
            filter.source = source
            filter.before = before.flatMap { CalendarDay(iso: $0) }
            filter.after = after.flatMap { CalendarDay(iso: $0) }
            filter.pathGlob = path
            filter.place = place
            filter.undated = undated
            filter.unanswered = unanswered
            let db = try database.open(create: false)
            let changed = try db.write { db in
                let changed = try VisibilityOverrides.add(visibility, sincePosting: always, filter: filter, db)
                try Verdicts.recompute(db)
                return changed
            }
            writeOut("Set \(changed) item\(changed == 1 ? "" : "s") to \(visibility.rawValue). Verdicts recomputed; `exposure report` shows them.\n")
        }
    }
}
