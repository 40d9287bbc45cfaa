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
}
