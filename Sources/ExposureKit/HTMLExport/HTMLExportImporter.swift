import Foundation

/// Reads an export downloaded in Meta's HTML format — the format Meta preselects — into the same
/// findings and account facts as the JSON importers, so a person need not request a new download.
public struct HTMLExportImporter {
    private let archive: ExportArchive
    private let platform: Platform

    public init(archive: ExportArchive, platform: Platform) {
        self.archive = archive
        self.platform = platform
    }

    /// How many of the export's pages this importer reads for `platform`, to tell the platform of an HTML export.
    public static func recognisedPages(in archive: ExportArchive, platform: Platform) -> Int {
        archive.entries.count { HTMLExportPage.kind(of: $0.path, platform: platform) != nil }
    }

    /// Hands every finding of every page it reads to `sink`; a page that cannot be read becomes a warning.
    func run(into sink: any FindingSink) throws -> ImportResult {
        let pages = archive.entries.compactMap { entry in HTMLExportPage.kind(of: entry.path, platform: platform).map { (entry, $0) } }
        let others = archive.entries.count { HTMLExportPage.isPage($0.path) } - pages.count
        var result = ImportResult(platform: platform, layout: layout(pages.map(\.0.path), others: others), sink: sink)
        let reader = HTMLPageReader(languages: languages())
        for (entry, kind) in pages {
            var part = ImportResult(platform: platform, layout: result.layout, sink: sink)
            if let error = try sink.file({ try read(entry, kind, reader, into: &part) }) {
                result.warnings.append(ScanWarning(file: entry.path, message: "skipped: \(error)"))
                continue
            }
            result.filesRead += 1
            result.absorb(part)
        }
        result.warnings += reader.labels.warnings
        if platform == .instagram {
            result.accountFacts.append(AccountFact(name: AccountPrivacy.historyMissing, value: "true", file: ""))
        }
        return result
    }

    private func read(_ entry: ExportEntry, _ kind: HTMLExportPage, _ reader: HTMLPageReader, into part: inout ImportResult) throws {
        guard let root = HTMLParser.parse(try archive.data(of: entry)) else { throw HTMLExportError.notAPage }
        let page = HTMLPage(path: entry.path, root: root, languages: reader.languages)
        switch kind {
        case .facebook(let file): part.record(reader.facebook(page, file))
        case .instagram(.personalInformation):
            let read = reader.personalInformation(page)
            part.record(read.findings)
            part.accountFacts += read.facts
        case .instagram(let file): part.record(reader.instagram(page, file))
        }
    }

    /// The JSON layout's name with the format, which the scan summary shows.
    private func layout(_ pages: [String], others: Int) -> String {
        let twins = pages.compactMap(HTMLExportPage.jsonTwin)
        let name = platform == .facebook ? FacebookLayout.name(for: twins) : InstagramLayout.name(for: twins)
        let passed = others > 0 ? "; \(others) page\(others == 1 ? "" : "s") of other kinds not read" : ""
        return "\(name), HTML format: times as the pages show them, without a zone and sometimes to the minute"
            + " (a download in JSON format gives exact times)\(passed)"
    }

    /// The export's stated language first, then every other language Exposure knows.
    private func languages() -> [HTMLLanguage] {
        let stated = archive.entries.lazy.filter { HTMLExportPage.statesLanguage($0.path) }.compactMap { entry -> HTMLLanguage? in
            guard let data = try? archive.data(of: entry), let root = HTMLParser.parse(data) else { return nil }
            return root.descendants.lazy.filter { $0.isSmall(limit: 0) }.compactMap { HTMLLanguage.locale($0.visibleText) }.first
        }.first
        guard let stated else { return HTMLLanguage.all }
        return [stated] + HTMLLanguage.all.filter { $0.code != stated.code }
    }
}

/// Why a page of an HTML export could not be read.
enum HTMLExportError: Error, CustomStringConvertible {
    case notAPage

    var description: String { "it is not an HTML page" }
}

extension HTMLLanguage {
    /// The language a locale such as `fr_FR` names, for text that is exactly such a code.
    static func locale(_ text: String) -> HTMLLanguage? {
        let characters = Array(text)
        guard characters.count == 5, characters[2] == "_", characters[0...1].allSatisfy(\.isLowercase),
              characters[3...4].allSatisfy(\.isUppercase) else { return nil }
        return named(text)
    }
}
