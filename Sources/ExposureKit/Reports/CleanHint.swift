/// The pointer from the reports to `exposure clean`, worded once so the terminal and HTML reports agree.
enum CleanHint {
    /// A sentence when some public items' files still carry a location or serial themselves; nil otherwise.
    static func text(_ items: [ExposedItem]) -> String? {
        let count = items.filter(\.fileToClean).count
        guard count > 0 else { return nil }
        let files = count == 1 ? "1 of these files still carries" : "\(Count.text(count)) of these files still carry"
        return "\(files) a location or camera serial itself: before posting it again, "
            + "exposure clean FILE --out FOLDER writes a copy without them (see docs/clean.md)."
    }
}
