import Foundation

/// Reads the media and account facts of a Facebook export, whatever year's layout it follows.
public struct FacebookImporter {
    private let archive: ExportArchive

    public init(archive: ExportArchive) {
        self.archive = archive
    }

    /// How many of the export's files this importer reads, to tell a Facebook export from others.
    public static func recognisedFiles(in archive: ExportArchive) -> Int {
        archive.entries.count { FacebookFile.kind(of: $0.path) != nil }
    }

    /// Hands every finding of every recognised file to `sink`; a file that cannot be read becomes a warning.
    func run(into sink: any FindingSink) throws -> ImportResult {
        let files = archive.entries.compactMap { entry in FacebookFile.kind(of: entry.path).map { (entry, $0) } }
        var result = ImportResult(platform: .facebook, layout: FacebookLayout.name(for: files.map(\.0.path)), sink: sink)
        for (entry, kind) in files {
            var part = ImportResult(platform: .facebook, layout: result.layout, sink: sink)
            if let error = try sink.file({ try importFile(entry, kind, into: &part) }) {
                result.warnings.append(ScanWarning(file: entry.path, message: "skipped: \(error)"))
                continue
            }
            result.filesRead += 1
            result.absorb(part)
        }
        if let mixed = instagramFilesWarning() { result.warnings.append(mixed) }
        if files.allSatisfy({ FacebookFileReader(file: $0.0.path).isPageFile }) {
            result.accountFacts.append(AccountFact(name: AccountFactName.pageExport, value: "true", file: FacebookLayout.pageFolder))
        }
        return result
    }

    /// An Accounts Center download may mix Instagram's files into a Facebook export (media-sources.md
    /// F23); an export has one platform here, so they are named as not read rather than passed over.
    private func instagramFilesWarning() -> ScanWarning? {
        let folder = "your_instagram_activity/"
        let count = archive.entries.count { $0.path.hasPrefix(folder) && InstagramFile.kind(of: $0.path) != nil }
        guard count > 0 else { return nil }
        return ScanWarning(file: folder, message: "not read: \(count) Instagram file\(count == 1 ? "" : "s") in this Facebook download; "
            + "Exposure reads one platform per export, so their media are listed as unexplained")
    }

    /// Reads one file; lists and albums are read element by element so a large file never sits in memory whole.
    private func importFile(_ entry: ExportEntry, _ kind: FacebookFile, into part: inout ImportResult) throws {
        if kind == .album { return try importAlbum(entry, into: &part) }
        guard !kind.listKeys.isEmpty else {
            return read(try archive.json(of: entry), kind: kind, file: entry.path, into: &part)
        }
        let whole = try archive.forEachJSONElement(of: entry, arrays: .named(Set(kind.listKeys))) { element in
            read(.array([element]), kind: kind, file: entry.path, into: &part)
        }
        if let whole { read(whole, kind: kind, file: entry.path, into: &part) }
    }

    /// Reads an album a photo at a time once its name is known (Meta writes the name first).
    private func importAlbum(_ entry: ExportEntry, into part: inout ImportResult) throws {
        let reader = FacebookFileReader(file: entry.path)
        var heading = AlbumHeading()
        var named = false
        var early: [JSONValue] = []
        let takeMember = { (name: String, value: JSONValue) in
            heading.take(name, value)
            named = named || name == "name"
        }
        let whole = try archive.forEachJSONElement(
            of: entry, arrays: .named(["photos"]), topLevelArray: false, member: takeMember
        ) { photo in
            if named { part.record(reader.albumPhotos([photo], heading)) } else { early.append(photo) }
        }
        if let whole { return read(whole, kind: .album, file: entry.path, into: &part) }
        part.record(reader.albumPhotos(early, heading))
        part.recordAncillary(heading.coverURIs)
    }

    private func read(_ json: JSONValue, kind: FacebookFile, file: String, into result: inout ImportResult) {
        let reader = FacebookFileReader(file: file)
        switch kind {
        case .album:
            guard let album = reader.album(json) else { return wrongShape(file, &result) }
            result.record(album.findings)
            result.recordAncillary(album.coverURIs)
        case .privacySettings:
            result.accountFacts += reader.privacySettings(json)
        case .profileInformation:
            result.accountFacts += reader.profileInformation(json)
        case .dating, .avatars:
            let read = reader.findings(in: [json], kind: kind)
            result.record(read.findings)
            result.recordAncillary(read.thumbnails)
        default:
            guard let list = reader.list(json, keys: kind.listKeys) else { return wrongShape(file, &result) }
            let read = reader.findings(in: list, kind: kind)
            result.record(read.findings)
            result.recordAncillary(read.thumbnails)
        }
    }

    private func wrongShape(_ file: String, _ result: inout ImportResult) {
        result.warnings.append(ScanWarning(file: file, message: "skipped: its JSON is not in the shape Facebook uses for this file"))
    }
}
