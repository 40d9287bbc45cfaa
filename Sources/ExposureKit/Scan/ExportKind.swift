/// Decides which platform an export comes from, or why it is not an export Exposure can read.
enum ExportKind {
    /// The platform whose importer recognises more of the export's files; the export's name breaks a tie.
    static func platform(of archive: ExportArchive) throws -> Platform {
        let facebook = FacebookImporter.recognisedFiles(in: archive)
        let instagram = InstagramImporter.recognisedFiles(in: archive)
        guard facebook + instagram > 0 else { throw notReadable(archive) }
        if facebook == instagram { return ExportParts.platform(named: archive.name) ?? .facebook }
        return facebook > instagram ? .facebook : .instagram
    }

    private static func notReadable(_ archive: ExportArchive) -> ExportError {
        let place = archive.partPaths.joined(separator: ", ")
        let hasJSON = archive.entries.contains { $0.fileExtension == "json" }
        let hasHTML = archive.entries.contains { ["html", "htm"].contains($0.fileExtension) }
        return !hasJSON && hasHTML ? .htmlExport(place) : .notAMetaExport(place)
    }
}
