import GRDB

/// A question as reports and scripts see it: everything shown to the person, with the commands that
/// answer it. Part of the report's JSON (docs/report-json-schema.md) and of `review --format json`.
public struct QuestionSummary: Sendable, Codable {
    /// A source of what the question says about Meta's menus or rules.
    public struct Source: Sendable, Codable {
        public var id: String
        public var title: String
        public var date: String
        public var url: String?
    }

    /// The commands that record each answer; run as printed, they settle the question's items.
    public struct Commands: Sendable, Codable {
        public var `public`: String
        /// Friends, only me, or any audience narrower than everyone.
        public var `private`: String
        /// The items had more than one audience: ask again in smaller parts.
        public var mixed: String
    }

    public var key: String
    public var platform: String
    public var place: String
    public var album: String?
    public var period: String
    public var title: String
    public var items: Int
    public var videos: Int
    public var settles: Int
    public var firstPosted: String?
    public var lastPosted: String?
    public var withLocation: Int
    public var withUploadIp: Int
    public var withCameraSerial: Int
    public var examples: [String]
    /// Pages on Facebook or Instagram where the export says some of the items open.
    public var links: [String]
    /// The archive paths of its first 20 items.
    public var firstItems: [String]
    public var check: String
    /// Facts that bear on the answer without giving it, such as the account's default audience now.
    public var context: [String]
    /// Menus as of this date.
    public var checkAsOf: String
    public var sources: [Source]
    public var commands: Commands

    init(_ question: Question, context: ReviewContext, database: String?) {
        let scope = question.scope
        let check = CheckPlace.for(scope)
        (key, platform, place, album, period) = (scope.key, scope.platform.rawValue, scope.place.rawValue, scope.album, scope.period.text)
        (title, items, videos, settles) = (scope.title, question.items, question.videos, question.settles)
        (firstPosted, lastPosted) = (question.firstPosted.map { String($0.prefix(10)) }, question.lastPosted.map { String($0.prefix(10)) })
        (withLocation, withUploadIp, withCameraSerial) = (question.withLocation, question.withUploadIP, question.withCameraSerial)
        (examples, links, firstItems) = (question.examples, question.links, question.firstPaths)
        self.check = check.how
        let notes = context.notes(for: question)
        self.context = [check.note].compactMap { $0 } + notes.map(\.text)
        checkAsOf = CheckPlace.asOf
        sources = (check.sources + notes.map { PolicySource.audience($0.source) }).map {
            Source(id: $0.id, title: $0.title, date: $0.date, url: $0.urls.first)
        }
        commands = Commands(
            public: ReviewCommandLine.answer(scope, .public, database: database),
            private: ReviewCommandLine.answer(scope, .private, database: database),
            mixed: ReviewCommandLine.mixed(scope, database: database))
    }

    /// The open questions, most worth answering first, as reports show them.
    public static func fetchAll(_ db: Database, database: String? = nil) throws -> [QuestionSummary] {
        let context = try ReviewContext(db)
        return try Questions.open(db).map { QuestionSummary($0, context: context, database: database) }
    }
}
