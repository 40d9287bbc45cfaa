/// The item table's rows as one JSON block inside the page, which its script draws a screenful at a time:
/// at 100,000 items, a row of markup each made the page 60 MB and kept a browser busy for minutes.
///
/// `{"items": [[kind, name, posted, location, taken, caption, preview], …], "kinds": [[verdict, visibility, album,
/// export, folder], …], "lists": {"verdict": […], …}}`, items in exposure order. What many items share (verdict,
/// visibility, album, export, folder) is a number into the list of that name, so each text is spelled once, and
/// each mix of those numbers is one kind; a date in the usual `2024-09-26T14:28:10Z` form is the number
/// 20240926142810; trailing empty fields are left out.
enum HTMLItemData {
    /// Writes the block's JSON, reading each item as it goes and asking `thumbnails` for its preview; the
    /// items are turned into JSON on a worker thread while the next are read.
    static func write(_ ids: [Int64], _ items: HTMLItems, thumbnails: inout ThumbnailCollector,
                      to out: OutputFile.Writer) throws {
        let rows = Rows(thumbnails: thumbnails, out: out)
        try out.write("{\"items\":[")
        try ItemWriter.overlapping(write: rows.write) { add in try items.inOrder(ids, add) }
        thumbnails = rows.thumbnails
        try out.write { bytes in
            bytes.append(contentsOf: "],\n\"kinds\":[".utf8)
            for (index, kind) in rows.lists.kinds.enumerated() {
                let numbers = kind.map { $0.map(String.init) ?? "null" }.joined(separator: ",")
                bytes.append(contentsOf: "\(index == 0 ? "" : ",")[\(numbers)]".utf8)
            }
            bytes.append(contentsOf: "],\n\"lists\":{".utf8)
            for (index, (key, names)) in rows.lists.all.enumerated() {
                bytes.append(contentsOf: "\(index == 0 ? "" : ",")\"\(key)\":".utf8)
                JSONText.append(names.list, to: &bytes)
            }
            bytes.append(contentsOf: "}}".utf8)
        }
    }

    /// The rows written so far and what they share; used by the worker alone until the caller has waited for it.
    private final class Rows: @unchecked Sendable {
        var lists = Lists()
        var thumbnails: ThumbnailCollector
        private let out: OutputFile.Writer
        private var first = true

        init(thumbnails: ThumbnailCollector, out: OutputFile.Writer) {
            self.thumbnails = thumbnails
            self.out = out
        }

        @Sendable func write(_ row: ItemRow) throws {
            let item = row.item
            let (folder, name) = split(item.archivePath)
            let kind = lists.kind([lists.verdict.index(item.aiTraining), lists.visibility.index(item.visibility),
                                   lists.album.index(item.album), lists.export(of: row), lists.folder.index(folder)])
            let location = item.hasLocation ? CSVExport.degrees(item.latitude) + ", " + CSVExport.degrees(item.longitude) : nil
            var optional: [[UInt8]?] = [date(item.postedAt), text(location), date(item.takenAt), text(item.caption),
                                        text(thumbnails.source(for: row))]
            while let last = optional.last, last == nil { optional.removeLast() }
            let opening = first ? "[\(kind)," : ",\n[\(kind),"
            first = false
            try out.write { bytes in
                bytes.append(contentsOf: opening.utf8)
                JSONText.append(name, to: &bytes)
                for field in optional {
                    bytes.append(UInt8(ascii: ","))
                    bytes.append(contentsOf: field ?? Array("null".utf8))
                }
                bytes.append(UInt8(ascii: "]"))
            }
        }
    }

    private static func text(_ text: String?) -> [UInt8]? {
        guard let text else { return nil }
        var bytes: [UInt8] = []
        JSONText.append(text, to: &bytes)
        return bytes
    }

    /// `2024-09-26T14:28:10Z` as the number 20240926142810, which sorts the same and is 8 bytes shorter;
    /// a date in any other form as text.
    private static func date(_ iso: String?) -> [UInt8]? {
        guard let iso else { return nil }
        var digits: [UInt8] = []
        digits.reserveCapacity(14)
        var offset = 0
        for byte in iso.utf8 {
            guard offset < pattern.count else { return text(iso) }
            let expected = pattern[offset]
            if expected == UInt8(ascii: "0") {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return text(iso) }
                digits.append(byte)
            } else if byte != expected {
                return text(iso)
            }
            offset += 1
        }
        guard offset == pattern.count, digits.first != UInt8(ascii: "0") else { return text(iso) }
        return digits
    }

    /// The usual form of a date, a `0` standing for any digit.
    private static let pattern = Array("0000-00-00T00:00:00Z".utf8)

    /// A path as its folder, with the trailing slash, and its file name.
    private static func split(_ path: String) -> (String, String) {
        let utf8 = path.utf8
        guard let slash = utf8.lastIndex(of: UInt8(ascii: "/")) else { return ("", path) }
        return (String(path[...slash]), String(path[utf8.index(after: slash)...]))
    }

    /// The shared texts, by the name the page's script knows each list by.
    private struct Lists {
        var verdict = Names(), visibility = Names(), album = Names(), export = Names(), folder = Names()
        private var exportNumbers: [Int64: Int?] = [:]
        private var kindNumbers: [[Int?]: Int] = [:]
        private(set) var kinds: [[Int?]] = []

        /// The number of the row's export, named once per export rather than once per item.
        mutating func export(of row: ItemRow) -> Int? {
            if let number = exportNumbers[row.item.exportId] { return number }
            let number = export.index(row.platform.rawValue + " · " + row.exportName)
            exportNumbers[row.item.exportId] = number
            return number
        }

        mutating func kind(_ numbers: [Int?]) -> Int {
            if let kind = kindNumbers[numbers] { return kind }
            kindNumbers[numbers] = kinds.count
            kinds.append(numbers)
            return kinds.count - 1
        }

        var all: [(String, Names)] {
            [("verdict", verdict), ("visibility", visibility), ("album", album), ("export", export), ("folder", folder)]
        }
    }

    /// Texts numbered in the order first seen, so each is written once; nil stays nil.
    private struct Names {
        private var numbers: [String: Int] = [:]
        private(set) var list: [String] = []

        mutating func index(_ name: String?) -> Int? {
            guard let name else { return nil }
            if let number = numbers[name] { return number }
            numbers[name] = list.count
            list.append(name)
            return list.count - 1
        }
    }
}

/// JSON strings that are safe inside a `<script>` element: besides JSON's own escapes, `<`, `>` and `&`
/// are written as `\u` escapes, so export text can never close the element or start markup.
enum JSONText {
    static func append(_ text: String?, to bytes: inout [UInt8]) {
        guard let text else { bytes.append(contentsOf: "null".utf8); return }
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): bytes.append(contentsOf: "\\\\".utf8)
            case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), ..<0x20:
                bytes.append(contentsOf: "\\u00".utf8)
                bytes.append(hexDigits[Int(byte >> 4)])
                bytes.append(hexDigits[Int(byte & 0xF)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    static func append(_ texts: [String], to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "["))
        for (index, text) in texts.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            append(text, to: &bytes)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}
