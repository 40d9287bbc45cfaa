import Foundation

/// Reads a `meta` box's item list: Apple/Android `mdta` keys (`com.apple.quicktime.make`, …) or the
/// iTunes-style `mdir` items (`©day`, `©xyz`, `©too`). Which one it is comes from the handler, not the place.
enum VideoItemList {
    static func read(_ body: ArraySlice<UInt8>, in place: String, _ clues: inout VideoClues) {
        // A full box by the ISO specification, but Apple and Android write `moov/meta` without version and flags.
        let hasVersion = !body.dropFirst(4).starts(with: Array("hdlr".utf8))
        let children = VideoBoxes.split(hasVersion ? body.dropFirst(4) : body, in: place)
        if let damage = children.damage { clues.damage.append(damage) }
        guard let ilst = children.first("ilst") else { return }
        let handler = children.first("hdlr").flatMap { MovieHeader.handlerType($0.body) }
        let keys = children.first("keys").map { keyNames($0.body) } ?? []
        let items = VideoBoxes.split(ilst.body, in: "\(place)/ilst")
        for item in items.boxes {
            guard let value = firstText(item.body) else { continue }
            if handler != "mdir", !keys.isEmpty {
                let index = item.type.unicodeScalars.reduce(0) { $0 << 8 | Int($1.value) }
                guard index >= 1, index <= keys.count else { continue }
                readKey(keys[index - 1], value, &clues)
            } else {
                readItem(item.type, value, place: place, &clues)
            }
        }
    }

    /// The names in a `keys` box, in order; an item's type is its 1-based index in this list.
    static func keyNames(_ body: ArraySlice<UInt8>) -> [String] {
        var reader = ByteReader(body)
        guard (try? reader.skip(4)) != nil, let count = try? reader.u32() else { return [] }
        var names: [String] = []
        for _ in 0..<min(Int(count), 10_000) {
            guard let size = try? reader.u32(), size >= 8, let entry = try? reader.read(Int(size) - 4) else { break }
            names.append(String(decoding: entry.dropFirst(4), as: UTF8.self))
        }
        return names
    }

    private static func readKey(_ key: String, _ value: String, _ clues: inout VideoClues) {
        let box = "keys/" + key
        switch key {
        case "com.apple.quicktime.location.ISO6709": clues.offerLocation(ISO6709(value), rank: 0, from: box)
        case "com.apple.quicktime.creationdate": clues.captured.offer(VideoTime.captureTime(value), rank: 0, from: box)
        case "com.apple.quicktime.make": clues.make.offer(value, rank: 0, from: box)
        case "com.apple.quicktime.model": clues.model.offer(value, rank: 0, from: box)
        case "com.apple.quicktime.software": clues.software.offer(value, rank: 0, from: box)
        case "com.android.manufacturer": clues.make.offer(value, rank: 2, from: box)
        case "com.android.model": clues.model.offer(value, rank: 2, from: box)
        case "com.android.version": clues.osVersion = clues.osVersion ?? value
        case "encoder", "com.apple.quicktime.encoder": clues.encoder = clues.encoder ?? value
        default: break
        }
    }

    private static func readItem(_ type: String, _ value: String, place: String, _ clues: inout VideoClues) {
        let box = "\(place)/ilst/\(type)"
        switch type {
        case "©xyz": clues.offerLocation(ISO6709(value), rank: 3, from: box)
        case "©day": clues.captured.offer(VideoTime.captureTime(value), rank: 3, from: box)
        case "©too": clues.encoder = clues.encoder ?? value
        default: break
        }
    }

    /// The first text value among an item's `data` boxes (type 1 UTF-8 or 2 UTF-16); other types are skipped.
    private static func firstText(_ item: ArraySlice<UInt8>) -> String? {
        for data in VideoBoxes.split(item, in: "an item").all("data") where data.body.count >= 8 {
            var reader = ByteReader(data.body)
            guard let type = try? reader.u32() else { continue }
            let value = data.body.dropFirst(8)
            switch type & 0x00FF_FFFF {
            case 1: return VideoClues.text(String(decoding: value, as: UTF8.self))
            case 2: return VideoClues.text(String(bytes: value, encoding: .utf16BigEndian))
            default: continue
            }
        }
        return nil
    }
}
