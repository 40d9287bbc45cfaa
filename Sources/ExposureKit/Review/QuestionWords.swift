/// How a question reads: what its items are, when they were posted, what they give away.
extension QuestionScope {
    /// "Album “Trip to Rome”, posted in 2015", "Your Facebook posts and phone uploads of 2017", …
    public var title: String {
        let when = periodWords
        if place == .albums {
            let album = "\(platform.displayName) album \u{201C}\(album ?? "")\u{201D}"
            return when.map { album + ($0 == "with no date" ? ", items with no date" : ", items posted in \($0)") } ?? album
        }
        return when.map { placeWords + ($0 == "with no date" ? " " : " of ") + $0 } ?? placeWords
    }

    /// "2017", "March 2017", "with no date", or nil for all time.
    private var periodWords: String? {
        switch period {
        case .all: nil
        case .year(let year): String(year)
        case .month(let year, let month): "\(Self.monthNames[month - 1]) \(year)"
        case .undated: "with no date"
        }
    }

    private var placeWords: String {
        switch (platform, place) {
        case (.instagram, .posts): "Your Instagram posts, reels and stories"
        case (.facebook, .posts): "Your Facebook posts and phone uploads"
        case (_, .uncategorized): "Your \(platform.displayName) uncategorized photos"
        case (_, .videos): "Your \(platform.displayName) videos"
        case (_, .reels): "Your \(platform.displayName) reels"
        case (_, .stories): "Your \(platform.displayName) stories"
        case (_, .groups): "Your posts and comments in \(platform.displayName) groups"
        case (_, .comments): "Photos in your \(platform.displayName) comments"
        case (_, .page): "Posts of your \(platform.displayName) Page"
        case (_, .threads): "Your Threads posts and replies"
        case (_, .otherPages): "Your posts on other people's \(platform.displayName) timelines and Pages"
        case (.facebook, .profile): "Your Facebook profile pictures, cover photos and avatars"
        case (_, .profile): "Your \(platform.displayName) profile pictures and cover photos"
        case (_, .archive): "Your archived and deleted \(platform.displayName) posts"
        case (_, .unreferenced): "\(platform.displayName) files that no file of the export names"
        case (_, .albums): "Your \(platform.displayName) albums"
        }
    }

    private static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]
}
