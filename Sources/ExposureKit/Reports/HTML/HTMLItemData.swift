/// The item table's rows as one JSON block inside the page, which its script draws a screenful at a time:
/// at 100,000 items, a row of markup each made the page 60 MB and kept a browser busy for minutes.
///
/// `{"items": [[verdict, visibility, location, posted, taken, caption, album, export, folder, name, preview?], …],
/// "lists": {"verdict": […], …}}`, items in exposure order. Texts that many items share (verdict, visibility,
/// album, export, folder) are numbers into the list of that name, so each is spelled once.
enum HTMLItemData {
    /// Writes the block's JSON, reading each item as it goes and asking `thumbnails` for its preview.
    static func write(_ ids: [Int64], _ items: HTMLItems, thumbnails: inout ThumbnailCollector,
                      to out: OutputFile.Writer) throws {
        var lists = Lists()
        var first = true
        try out.write("{\"items\":[")
        try items.inOrder(ids) { row in
            let item = row.item
            let (folder, name) = split(item.archivePath)
            let shared = [lists.verdict.index(item.aiTraining), lists.visibility.index(item.visibility)]
            let texts = [item.hasLocation ? CSVExport.degrees(item.latitude) + ", " + CSVExport.degrees(item.longitude) : nil,
                         item.postedAt, item.takenAt, item.caption]
            let places = [lists.album.index(item.album), lists.export.index(row.platform.rawValue + " · " + row.exportName),
                          lists.folder.index(folder)]
            let preview = thumbnails.source(for: row)
            try out.write { bytes in
                bytes.append(contentsOf: first ? "[".utf8 : ",\n[".utf8)
                for number in shared { append(number, to: &bytes) }
                for text in texts { JSONText.append(text, to: &bytes); bytes.append(UInt8(ascii: ",")) }
                for number in places { append(number, to: &bytes) }
                JSONText.append(name, to: &bytes)
                if let preview { bytes.append(UInt8(ascii: ",")); JSONText.append(preview, to: &bytes) }
                bytes.append(UInt8(ascii: "]"))
            }
            first = false
        }
        try out.write { bytes in
            bytes.append(contentsOf: "],\n\"lists\":{".utf8)
            for (index, (key, names)) in lists.all.enumerated() {
                bytes.append(contentsOf: "\(index == 0 ? "" : ",")\"\(key)\":".utf8)
                JSONText.append(names.list, to: &bytes)
            }
            bytes.append(contentsOf: "}}".utf8)
        }
    }

    private static func append(_ number: Int?, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: (number.map(String.init) ?? "null").utf8)
        bytes.append(UInt8(ascii: ","))
    }

    /// A path as its folder, with the trailing slash, and its file name.
    private static func split(_ path: String) -> (String, String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        return (String(path[...slash]), String(path[path.index(after: slash)...]))
    }

    /// The shared texts, by the name the page's script knows each list by.
    private struct Lists {
        var verdict = Names(), visibility = Names(), album = Names(), export = Names(), folder = Names()
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
