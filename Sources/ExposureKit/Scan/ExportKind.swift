/// Decides which platform an export comes from and in which format, or why it is not an export Exposure can read.
struct ExportKind {
    let platform: Platform
    /// Downloaded in Meta's HTML format: no JSON file Exposure reads, but their HTML twins.
    let isHTML: Bool

    /// The platform whose importer recognises more of the export's files; the export's name breaks a tie.
    /// JSON files win over their HTML twins, since their times are exact.
    static func of(_ archive: ExportArchive) throws -> ExportKind {
        let json = (FacebookImporter.recognisedFiles(in: archive), InstagramImporter.recognisedFiles(in: archive))
        if json.0 + json.1 > 0 { return ExportKind(platform: winner(json, archive), isHTML: false) }
        let html = (HTMLExportImporter.recognisedPages(in: archive, platform: .facebook),
                    HTMLExportImporter.recognisedPages(in: archive, platform: .instagram))
        guard html.0 + html.1 > 0 else { throw ExportError.notAMetaExport(archive.partPaths.joined(separator: ", ")) }
        return ExportKind(platform: winner(html, archive), isHTML: true)
    }

    private static func winner(_ counts: (facebook: Int, instagram: Int), _ archive: ExportArchive) -> Platform {
        if counts.facebook == counts.instagram { return ExportParts.platform(named: archive.name) ?? .facebook }
        return counts.facebook > counts.instagram ? .facebook : .instagram
    }

    /// Reads the export with the importer for its platform and format.
    func read(_ archive: ExportArchive, into sink: any FindingSink) throws -> ImportResult {
        if isHTML { return try HTMLExportImporter(archive: archive, platform: platform).run(into: sink) }
        return try platform == .facebook
            ? FacebookImporter(archive: archive).run(into: sink) : InstagramImporter(archive: archive).run(into: sink)
    }
}
