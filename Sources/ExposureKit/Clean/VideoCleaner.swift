import Foundation

/// Plans an MP4/MOV/3GP clean without moving a byte: metadata boxes are turned into `free` boxes of the same
/// size with zeroed contents and header times are zeroed, so the media data and every `stco`/`co64` offset
/// stay valid. Only the movie header (`moov`) and small top-level XMP boxes are read; `mdat` is skipped.
enum VideoCleaner {
    static func plan(_ handle: FileHandle, size: Int64, options: CleanOptions) throws -> CleanPlan {
        var plan = CleanPlan()
        var offset: Int64 = 0
        var sawMovie = false
        while size - offset >= 8 {
            let (type, boxSize, headerSize) = try header(handle, at: offset, fileSize: size)
            if type == "moov" {
                guard boxSize <= VideoWalker.maximumMovieSize else { throw CleanRefusal("Its movie header is too large for Exposure to rewrite.") }
                var movie = MoviePlanner(bytes: try read(handle, at: offset, count: Int(boxSize)), base: Int(offset), options: options)
                movie.planMovie(headerSize: headerSize)
                plan.edits += movie.plan.edits
                movie.plan.removed.forEach { plan.note($0) }
                movie.plan.kept.forEach { plan.keep($0) }
                sawMovie = true
            } else if type == "uuid", boxSize <= VideoWalker.maximumXMPSize {
                let box = try read(handle, at: offset, count: Int(boxSize))
                if box.dropFirst(headerSize).starts(with: VideoXMP.uuid) {
                    plan.edits.append(MoviePlanner.freed(box[...], at: Int(offset)))
                    plan.note("XMP metadata")
                }
            }
            offset += boxSize
        }
        guard sawMovie else { throw CleanRefusal("No movie header (moov) was found, so Exposure cannot tell what the video carries.") }
        return plan
    }

    private static func header(_ handle: FileHandle, at offset: Int64, fileSize: Int64) throws -> (String, Int64, Int) {
        let bytes = try read(handle, at: offset, count: Int(min(16, fileSize - offset)))
        var reader = ByteReader(bytes[...])
        let size32 = try reader.u32()
        let type = VideoBoxes.fourCC(try reader.read(4))
        var size = Int64(size32)
        var headerSize = 8
        if size32 == 1 {
            size = Int64(exactly: try reader.u64()) ?? -1
            headerSize = 16
        } else if size32 == 0 {
            size = fileSize - offset
        }
        guard size >= Int64(headerSize), size <= fileSize - offset else {
            throw CleanRefusal("The \(type) box at byte \(offset) has a size that does not fit the file; it may be damaged or cut short.")
        }
        return (type, size, headerSize)
    }

    private static func read(_ handle: FileHandle, at offset: Int64, count: Int) throws -> [UInt8] {
        try handle.seek(toOffset: UInt64(offset))
        let data = try handle.read(upToCount: count) ?? Data()
        guard data.count == count else { throw CleanRefusal("The file ends inside a box; it may be cut short.") }
        return Array(data)
    }
}

/// Walks one movie header held in memory and records same-length edits at file offsets (`base` + index).
struct MoviePlanner {
    let bytes: [UInt8]
    let base: Int
    let options: CleanOptions
    var plan = CleanPlan()

    /// User-data boxes by what they give away; anything not named here and not harmless is camera-specific.
    private static let locationBoxes: Set<String> = ["©xyz", "@xyz", "loci"]
    private static let timeBoxes: Set<String> = ["©day", "date"]
    private static let deviceBoxes: Set<String> = ["©mak", "©mod", "©swr", "©inf", "©fmt", "auth", "smta", "FIRM", "LENS", "CAME", "GPMF"]
    private static let harmlessBoxes: Set<String> = [
        "©nam", "name", "titl", "dscp", "©cmt", "©des", "cprt", "©too", "hnti", "hinf", "chpl", "free", "skip", "wide",
        "ptv ", "WLOC", "LOOP", "SelO", "AllF", "tsel", "kind",
    ]

    mutating func planMovie(headerSize: Int) {
        for box in VideoBoxes.split(bytes[headerSize...], in: "moov").boxes {
            switch box.type {
            case "mvhd": zeroTimes(box)
            case "trak": planTrack(box)
            case "meta": planMeta(box)
            case "udta": planUserData(box)
            default: break
            }
        }
    }

    private mutating func planTrack(_ trak: VideoBox) {
        for box in VideoBoxes.split(trak.body, in: "trak").boxes {
            switch box.type {
            case "tkhd": zeroTimes(box)
            case "mdia":
                if let mdhd = VideoBoxes.split(box.body, in: "mdia").first("mdhd") { zeroTimes(mdhd) }
            case "meta": planMeta(box)
            case "udta": planUserData(box)
            default: break
            }
        }
    }

    private mutating func planUserData(_ udta: VideoBox) {
        for box in VideoBoxes.split(udta.body, in: "udta").boxes {
            if box.type == "meta" {
                planMeta(box)
            } else if box.type == "XMP_" {
                free(box, "XMP metadata")
            } else if Self.locationBoxes.contains(box.type) {
                free(box, group: .location, "location")
            } else if Self.timeBoxes.contains(box.type) {
                free(box, group: .time, "capture time")
            } else if Self.deviceBoxes.contains(box.type) {
                free(box, group: .device, "camera make, model, serial numbers and software")
            } else if !Self.harmlessBoxes.contains(box.type) {
                free(box, "camera-specific boxes")
            }
        }
    }

    /// An item list: Apple/Android keys by name, or iTunes-style items by type.
    private mutating func planMeta(_ meta: VideoBox) {
        let hasVersion = !meta.body.dropFirst(4).starts(with: Array("hdlr".utf8))
        let children = VideoBoxes.split(hasVersion ? meta.body.dropFirst(4) : meta.body, in: "meta")
        guard let ilst = children.first("ilst") else { return }
        let handler = children.first("hdlr").flatMap { MovieHeader.handlerType($0.body) }
        let keys = children.first("keys").map { VideoItemList.keyNames($0.body) } ?? []
        for item in VideoBoxes.split(ilst.body, in: "ilst").boxes {
            let index = item.type.unicodeScalars.reduce(0) { $0 << 8 | Int($1.value) }
            let useKeys = handler != "mdir" && !keys.isEmpty
            let group = useKeys ? (index >= 1 && index <= keys.count ? Self.keyGroup(keys[index - 1]) : nil) : Self.itemGroup(item.type)
            if let group { free(item, group: group, Self.words(group)) }
        }
    }

    private static func keyGroup(_ key: String) -> CleanGroup? {
        let name = key.lowercased()
        if name.contains("location") || name.contains("direction") { return .location }
        if name.hasSuffix("creationdate") || name.hasSuffix("creation_time") { return .time }
        let device = ["make", "model", "software", "manufacturer", "serial", "lens", "camera.identifier"]
        return device.contains { name.hasSuffix($0) || name.contains($0 + ".") } ? .device : nil
    }

    private static func itemGroup(_ type: String) -> CleanGroup? {
        if locationBoxes.contains(type) { return .location }
        if timeBoxes.contains(type) { return .time }
        return ["©mak", "©mod", "©swr"].contains(type) ? .device : nil
    }

    private static func words(_ group: CleanGroup) -> String {
        switch group {
        case .location: return "location"
        case .time: return "capture time"
        case .device: return "camera make, model, serial numbers and software"
        case .orientation: return "orientation"
        }
    }

    /// Zeroes the creation and modification times of an `mvhd`, `tkhd` or `mdhd` (0 means "not set").
    private mutating func zeroTimes(_ box: VideoBox) {
        guard let (version, _) = VideoBoxes.fullBox(box.body) else { return }
        let width = version == 1 ? 16 : 8
        let start = box.body.startIndex + 4
        guard box.body.count >= 4 + width, bytes[start..<start + width].contains(where: { $0 != 0 }) else { return }
        if options.removes(.time) {
            plan.edits.append(.replace(base + start..<base + start + width, with: Array(repeating: 0, count: width)))
            plan.note("movie header times")
        } else {
            plan.keep("movie header times")
        }
    }

    private mutating func free(_ box: VideoBox, group: CleanGroup, _ words: String) {
        guard options.removes(group) else { return plan.keep(words) }
        free(box, words)
    }

    private mutating func free(_ box: VideoBox, _ words: String) {
        plan.edits.append(Self.freed(bytes[box.start..<box.body.endIndex], at: base + box.start))
        plan.note(words)
    }

    /// The box renamed `free`, its size kept and its contents zeroed.
    static func freed(_ box: ArraySlice<UInt8>, at offset: Int) -> ByteEdit {
        let headerSize = box.prefix(4).elementsEqual([0, 0, 0, 1]) ? 16 : 8
        var replacement = Array(box.prefix(headerSize))
        replacement.replaceSubrange(4..<8, with: Array("free".utf8))
        replacement += Array(repeating: 0, count: box.count - headerSize)
        return .replace(offset..<offset + box.count, with: replacement)
    }
}
