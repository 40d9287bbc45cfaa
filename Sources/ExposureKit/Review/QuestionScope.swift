/// The items one question is about: a place on one platform, an album there, and a span of time.
/// Scopes of different questions never share an item, so answers never contradict each other.
public struct QuestionScope: Hashable, Sendable {
    /// A span of posting time; a question that gets "mixed" is asked again for each smaller span.
    public enum Period: Hashable, Sendable {
        case all
        case year(Int)
        case month(year: Int, month: Int)
        /// Items the export gives no posting date; they cannot be split further.
        case undated
    }

    public var platform: Platform
    public var place: ReviewPlace
    /// The album's name, for `albums` only.
    public var album: String?
    public var period: Period

    /// Names the question in the database (for questions answered "mixed") and in `review --mixed`.
    public var key: String {
        ([platform.rawValue, place.rawValue] + [album.map(Self.fold)].compactMap { $0 } + [period.text]).joined(separator: "/")
    }

    /// Album names compared as SQLite's NOCASE compares them, which is how an answer finds the album.
    static func fold(_ name: String) -> String {
        String(String.UnicodeScalarView(name.unicodeScalars.map { ("A"..."Z").contains($0) ? Unicode.Scalar($0.value + 32)! : $0 }))
    }

    /// The same scope for the span of time that holds `item`, one level finer; nil when this scope
    /// cannot be split.
    func narrowed(to item: ReviewItem) -> QuestionScope? {
        var next = self
        switch (period, item.yearMonth) {
        case (.all, let date?): next.period = .year(date.year)
        case (.all, nil): next.period = .undated
        case (.year, let date?): next.period = .month(year: date.year, month: date.month)
        default: return nil
        }
        return next
    }

    /// The answer's filter: exactly these items, and only those still unknown.
    public var filter: VisibilityOverrides.Filter {
        var filter = VisibilityOverrides.Filter()
        filter.platform = platform
        filter.place = place
        filter.album = album
        filter.unanswered = true
        switch period {
        case .all: break
        case .undated: filter.undated = true
        case .year(let year):
            (filter.after, filter.before) = (CalendarDay(year, 1, 1), CalendarDay(year + 1, 1, 1))
        case .month(let year, let month):
            filter.after = CalendarDay(year, month, 1)
            filter.before = month == 12 ? CalendarDay(year + 1, 1, 1) : CalendarDay(year, month + 1, 1)
        }
        return filter
    }
}

extension QuestionScope.Period {
    var text: String {
        switch self {
        case .all: "all"
        case .year(let year): String(year)
        case .month(let year, let month): "\(year)-" + (month < 10 ? "0" : "") + String(month)
        case .undated: "undated"
        }
    }
}
