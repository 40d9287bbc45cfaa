/// Where a person can look up who could see the items of a question, in Meta's menus, with the
/// sources that say so. Menus change: the wording is as of the research date, and says so.
public struct CheckPlace: Sendable {
    /// The menus as of this date (the reference's research date).
    public static let asOf = "2026-11-27"

    /// Where to look, in one sentence.
    public var how: String
    /// A fact about the place that bears on the answer, if any.
    public var note: String?
    public var sources: [PolicySource]

    /// The place to check for a question's items.
    public static func `for`(_ scope: QuestionScope) -> CheckPlace {
        let (how, note, ids) = words(scope)
        return CheckPlace(how: how, note: note, sources: ids.map(PolicySource.audience))
    }

    private static func words(_ scope: QuestionScope) -> (String, String?, [String]) {
        if scope.place == .unreferenced {
            return ("These files are in the export but no JSON file names them; look at them in the export and answer only if you know.", nil, [])
        }
        if scope.place == .threads {
            return ("On Threads: your profile's privacy setting shows whether it is private now; answer for the time since these were posted.",
                    "A Threads profile is public by default for adults and its privacy is set apart from Instagram's; a private profile shows posts only to approved followers.", ["A25", "A28"])
        }
        if scope.platform == .instagram, scope.place == .comments {
            return ("Open the post each comment is on: if its owner's account is public, everyone sees your comment.",
                    "A comment has the audience of the post it is on, not of your own account.", ["A24"])
        }
        if scope.platform == .instagram { return instagram() }
        switch scope.place {
        case .albums:
            return ("On Facebook: your profile → Photos → Albums → \"\(scope.album ?? "")\"; the album's audience shows under its name (⋯ → Edit album changes it).",
                    "An album you made has one audience for all its photos.", ["A17"])
        case .posts:
            return ("On Facebook: your profile → ⋯ → Activity log → Your posts, filtered to the year; each post shows its audience icon beside its date.",
                    "Facebook keeps the audience you chose last for your next post, so a year of posts tends to share one; Mobile uploads and Timeline photos have the audience of the post each photo came with.",
                    ["A3", "A23", "A17"])
        case .groups:
            return ("Open the group on Facebook: \"Public group\" or \"Private group\" shows under its name.",
                    "A post in a public group is public whatever your own settings; in a private group only members see it.", ["A3", "A19"])
        case .otherPages:
            return ("Open the post on the other person's timeline or the Page: the audience icon beside its date.",
                    "The person whose timeline it is chose the audience, not you; posts on a Page are public.", ["A3", "A20"])
        case .comments:
            return ("Open the post each comment is on: the audience icon beside the post's date is the comment's audience too.",
                    "A comment has the audience of the post it is on, and follows it if the post's owner widens it later; comments on a Page are public.", ["A3", "A20"])
        case .page:
            return ("Open the Page on Facebook: a Page's posts are public; if this export is of an additional profile instead, each post shows its audience icon beside its date.",
                    "Posts on a Page are public.", ["A20", "A3"])
        case .stories:
            return ("On Facebook: Stories → your story archive; each story kept its audience (Public, Friends or Custom).",
                    "A story is visible for 24 hours unless kept in a highlight.", ["A35"])
        case .reels:
            return ("Open the reel on Facebook: the audience icon beside its date; the default is under Settings → Audience and visibility → Reels.",
                    nil, ["A33"])
        default:
            return ("Open the photo or video on Facebook while logged in: the audience icon beside its date.", nil, ["A3"])
        }
    }

    private static func instagram() -> (String, String?, [String]) {
        return ("On Instagram: Settings → Account privacy shows whether the account is private now; answer for the time since these were posted.",
                "A private account hides posts, stories and reels from everyone but its followers.", ["A24"])
    }
}
