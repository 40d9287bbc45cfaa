import Foundation

/// Gives each item's preview as the report writes it, opening each export as needed, and tallies every
/// preview it cannot give; it keeps no preview, so embedded photos pass through memory one at a time.
struct ThumbnailCollector {
    let options: Thumbnails.Options
    let exports: [String: ExportSummary]
    var archives: [String: ExportArchive?] = [:]
    var zipped: [String: Bool] = [:]
    var embedded = 0
    var embeddedBytes = 0
    var linked = 0
    var tooLarge = 0
    var overLimit = 0
    var notViewable = 0
    var missing = 0
    var inZip = 0
    var unreadable: [String] = []

    init(options: Thumbnails.Options, exports: [ExportSummary]) {
        self.options = options
        self.exports = Dictionary(exports.map { (Self.key($0.platform, $0.name), $0) }) { first, _ in first }
    }

    private static func key(_ platform: Platform, _ name: String) -> String { "\(platform.rawValue)/\(name)" }

    /// The image source for `row`'s preview: a relative URL or a data URI; nil, and counted, when there is none.
    /// Items given first get previews first, so the report asks in the order it lists items.
    mutating func source(for row: ItemRow) -> String? {
        let item = row.item
        guard item.mediaType == "photo" else { return nil }
        guard item.fileStatus == "present" else { missing += 1; return nil }
        guard let format = item.fileFormat, let mime = Thumbnails.browserFormats[format] else { notViewable += 1; return nil }
        if !options.embed, isZip(row) { inZip += 1; return nil }
        guard let archive = archive(for: row), let entry = archive.entry(at: item.archivePath) else { missing += 1; return nil }
        if options.embed { return embed(entry, from: archive, mime: mime) }
        guard let file = archive.fileURL(of: entry) else { inZip += 1; return nil }
        linked += 1
        return RelativeURL.from(options.reportFolder, to: file)
    }

    private mutating func embed(_ entry: ExportEntry, from archive: ExportArchive, mime: String) -> String? {
        guard entry.size <= Thumbnails.Options.perImageLimit else { tooLarge += 1; return nil }
        guard embeddedBytes + Int(entry.size) <= options.embedLimit else { overLimit += 1; return nil }
        guard let data = try? archive.data(of: entry) else { missing += 1; return nil }
        embeddedBytes += data.count
        embedded += 1
        return "data:\(mime);base64,\(data.base64EncodedString())"
    }

    /// Whether the export is zips that are still there: without --embed-thumbnails such an export is never
    /// opened, since reading the directory of 100,000 entries only to find no file to link to took a
    /// seventh of the HTML report's time.
    private mutating func isZip(_ row: ItemRow) -> Bool {
        let key = Self.key(row.platform, row.exportName)
        if let known = zipped[key] { return known }
        let parts = exports[key]?.parts ?? []
        let zip = !parts.isEmpty && parts.allSatisfy { part in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: part, isDirectory: &isFolder) && !isFolder.boolValue
        }
        zipped[key] = zip
        return zip
    }

    private mutating func archive(for row: ItemRow) -> ExportArchive? {
        let key = Self.key(row.platform, row.exportName)
        if let opened = archives[key] { return opened }
        let parts = exports[key]?.parts ?? []
        let opened = parts.isEmpty ? nil : try? ExportArchive(paths: parts)
        if opened == nil { unreadable.append(parts.isEmpty ? row.exportName : parts.joined(separator: ", ")) }
        archives[key] = opened
        return opened
    }

    /// What the report says about its previews, one plain sentence each.
    func notes() -> [String] {
        var notes: [String] = []
        if linked > 0 {
            notes.append("\(Count.text(linked)) previews show the photos in the export folder itself; they disappear if you move this file or the export.")
        }
        if embedded > 0 {
            notes.append("\(Count.text(embedded)) photos are embedded in this file (\(megabytes(embeddedBytes))).")
        }
        notes += leftOut()
        for place in unreadable { notes.append("No previews for \(place): the export is no longer there.") }
        return notes
    }

    private func leftOut() -> [String] {
        var notes: [String] = []
        func add(_ count: Int, _ why: String) { if count > 0 { notes.append("\(Count.text(count)) \(why)") } }
        add(inZip, "photos have no preview because their export is a zip: run again with --embed-thumbnails to embed them.")
        add(tooLarge, "photos were not embedded because each is larger than \(megabytes(Thumbnails.Options.perImageLimit)).")
        add(overLimit, "photos were not embedded because the \(megabytes(options.embedLimit)) limit was reached: raise it with --embed-limit.")
        add(notViewable, "photos have no preview because browsers cannot show their format (such as HEIF).")
        add(missing, "photos have no preview because the file is missing from the export.")
        return notes
    }

    private func megabytes(_ bytes: Int) -> String {
        ByteSize.text(bytes)
    }
}

/// A URL from the report's folder to a file, made only of escaped path segments, so an export's file
/// names can never turn into a scheme, a query or markup.
enum RelativeURL {
    private static let safe = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    static func from(_ folder: URL, to file: URL) -> String {
        let base = folder.standardizedFileURL.resolvingSymlinksInPath().pathComponents
        let target = file.standardizedFileURL.resolvingSymlinksInPath().pathComponents
        var common = 0
        while common < min(base.count, target.count), base[common] == target[common] { common += 1 }
        let up = Array(repeating: "..", count: base.count - common)
        let down = target[common...].map { $0.addingPercentEncoding(withAllowedCharacters: safe) ?? "" }
        return "./" + (up + down).joined(separator: "/")
    }
}
