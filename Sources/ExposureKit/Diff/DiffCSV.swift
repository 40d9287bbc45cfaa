/// `exposure diff --csv`: one row per added, removed or changed item, written by the conventions of
/// docs/csv-columns.md; the columns are listed in docs/diff-json-schema.md.
public enum DiffCSV {
    public static let columns = [
        "platform", "change", "file_name", "media_type", "changed", "old_path", "new_path", "old_visibility",
        "new_visibility", "old_verdict", "new_verdict", "old_latitude", "old_longitude", "new_latitude",
        "new_longitude", "old_caption", "new_caption", "old_rule", "new_rule", "old_export", "new_export",
    ]

    public static func text(_ diff: ExportDiff) -> String {
        var out = CSVExport.line(columns)
        for item in diff.items { out += CSVExport.line(fields(item, diff)) }
        return out
    }

    private static func fields(_ item: ExportDiff.Item, _ diff: ExportDiff) -> [String] {
        let (old, new) = (item.old, item.new)
        return [
            diff.new.platform.rawValue, item.change.rawValue, item.fileName, item.state.mediaType,
            item.changed.map(\.rawValue).joined(separator: ";"), old?.archivePath ?? "", new?.archivePath ?? "",
            old?.visibility ?? "", new?.visibility ?? "", old?.verdict ?? "", new?.verdict ?? "",
            CSVExport.degrees(old?.latitude), CSVExport.degrees(old?.longitude), CSVExport.degrees(new?.latitude),
            CSVExport.degrees(new?.longitude), old?.caption ?? "", new?.caption ?? "", old?.rule ?? "", new?.rule ?? "",
            old == nil ? "" : diff.old.export, new == nil ? "" : diff.new.export,
        ]
    }
}
