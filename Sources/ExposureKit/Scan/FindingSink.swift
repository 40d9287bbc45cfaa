/// Where importers put what they find, so that a scan's memory does not grow with the export.
protocol FindingSink: AnyObject {
    /// One mention of a media file.
    func add(_ finding: Finding)
    /// A file the JSON names only as a thumbnail or cover: known, so not "unreferenced", but not an item.
    func addAncillary(_ uri: String)
    /// Runs `read` for one JSON file and keeps what it added only if it succeeds; returns why it failed.
    func file(_ read: () throws -> Void) throws -> Error?
}
