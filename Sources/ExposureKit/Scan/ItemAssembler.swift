/// Joins the JSON's mentions to the export's files: one item per distinct file, however many
/// times it is mentioned, plus the media files no JSON mentions.
enum ItemAssembler {
    static func items(archive: ExportArchive, result: ImportResult) -> [ScannedItem] {
        var mentions: [String: (entry: ExportEntry?, findings: [Finding])] = [:]
        for finding in result.findings {
            let entry = archive.resolve(uri: finding.uri)
            let key = entry?.path ?? finding.uri
            mentions[key, default: (entry, [])].findings.append(finding)
        }
        let known = Set(mentions.keys).union(result.ancillaryURIs.compactMap { archive.resolve(uri: $0)?.path })
        var items = mentions.map { ScannedItem(path: $0.key, entry: $0.value.entry, findings: $0.value.findings) }
        items += archive.entries
            .filter { !known.contains($0.path) && MediaFiles.isPostedMedia($0) }
            .map { ScannedItem(path: $0.path, entry: $0, findings: []) }
        return items.sorted { $0.path < $1.path }
    }
}
