import Foundation

/// Where an item's time came from, so a user and the verdicts can tell an exact timestamp from a display string.
extension ItemRecord {
    mutating func setTime(_ item: ScannedItem) {
        if let shown = item.postedShown {
            timeSource = shown.zoned ? "html_display_zoned" : "html_display"
            (timePrecision, timeText) = (shown.precision.rawValue, shown.text)
        } else if postedAt != nil {
            (timeSource, timePrecision, timeText) = ("json_timestamp", TimePrecision.second.rawValue, nil)
        } else {
            (timeSource, timePrecision, timeText) = (nil, nil, nil)
        }
    }

    /// A day for a time shown without its zone (read as UTC, it may be up to 14 hours off, and the
    /// rules compare days); none for timestamps and for shown times that name their zone.
    static func postedUncertainty(timeSource: String?) -> TimeInterval {
        timeSource == "html_display" ? 86_400 : 0
    }
}
