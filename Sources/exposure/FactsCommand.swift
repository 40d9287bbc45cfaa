import ArgumentParser
import ExposureKit

/// `exposure facts`: the facts about you that decide which items Meta may train on.
struct Facts: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "facts",
        abstract: "Show or set your region, age and objections, which the AI-training rules need.",
        subcommands: [FactsShow.self, FactsSet.self], defaultSubcommand: FactsShow.self)
}

/// `exposure facts show`.
struct FactsShow: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "List the facts and where each came from.")

    @OptionGroup var database: DatabaseOption

    func run() throws {
        try reportingErrors {
            let db = try database.open(create: false)
            writeOut(FactsText.text(try db.read(OwnerFacts.all)))
        }
    }
}

/// `exposure facts set`.
struct FactsSet: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: "Set facts the export does not hold; yours outrank the export's. Verdicts are recomputed.")

    @Option(help: "Where you live as far as Meta is concerned: eu (EU/EEA), uk, br, ch or row (rest of the world).")
    var region: Region?

    @Option(help: ArgumentHelp("Your birth date.", valueName: "YYYY-MM-DD"))
    var born: String?

    @Flag(help: "You were 18 or over when you posted everything in the exports.")
    var adult = false

    @Flag(help: "You are under 18.")
    var minor = false

    @Option(help: ArgumentHelp("You objected to AI training on a platform, on the day Meta confirmed it.", valueName: "platform:YYYY-MM-DD"))
    var objected: [String] = []

    @Option(help: ArgumentHelp("You never objected on this platform.", valueName: "platform"))
    var notObjected: [Platform] = []

    @OptionGroup var database: DatabaseOption

    func validate() throws {
        if [born != nil, adult, minor].filter({ $0 }).count > 1 {
            throw ValidationError("Give only one of --born, --adult and --minor.")
        }
        if let born, CalendarDay(iso: born) == nil { throw ValidationError("--born \(born): write the date as YYYY-MM-DD.") }
        _ = try objections()
        if region == nil && born == nil && !adult && !minor && objected.isEmpty && notObjected.isEmpty {
            throw ValidationError("Give at least one fact, such as --region eu. See: exposure facts set --help")
        }
    }

    func run() throws {
        try reportingErrors {
            var change = OwnerFacts.Change()
            change.region = region
            change.born = born.flatMap { CalendarDay(iso: $0) }
            change.adult = adult
            change.minor = minor
            change.objections = try objections()
            change.notObjected = notObjected
            let db = try database.open(create: false)
            try db.write { db in
                try OwnerFacts.set(change, db)
                try Verdicts.recompute(db)
            }
            writeOut(FactsText.text(try db.read(OwnerFacts.all)) + "Verdicts recomputed; `exposure report` shows them.\n")
        }
    }

    private func objections() throws -> [(Platform, CalendarDay)] {
        try objected.map { text in
            let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2, let platform = Platform(rawValue: parts[0].lowercased()), let day = CalendarDay(iso: parts[1]) else {
                throw ValidationError("--objected \(text): write it as facebook:YYYY-MM-DD or instagram:YYYY-MM-DD.")
            }
            return (platform, day)
        }
    }
}

extension Region: ExpressibleByArgument {}
extension Platform: ExpressibleByArgument {}
extension Visibility: ExpressibleByArgument {}
extension SourceKind: ExpressibleByArgument {}
extension ReviewPlace: ExpressibleByArgument {}
