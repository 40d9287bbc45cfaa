import CExif
import Foundation

/// Rebuilds an EXIF block through libexif without the groups being removed, its maker note and its
/// thumbnail, so what a photo keeps (exposure settings, orientation) survives in a valid block.
enum EXIFRewriter {
    /// The rebuilt block (`Exif\0\0` + TIFF), or nil when nothing worth keeping is left.
    struct Result {
        var block: [UInt8]?
        var removed: [String] = []
        var kept: [String] = []
    }

    /// Tags removed per group, by IFD; the GPS IFD goes whole with the location.
    private static let groupTags: [(CleanGroup, ExifIfd, [UInt16])] = [
        (.device, EXIF_IFD_0, [0x010F, 0x0110, 0x0131, 0x013B, 0x013C, 0x8298, 0x9C9B, 0x9C9C, 0x9C9D, 0x9C9E, 0x9C9F, 0xC614, 0xC62F]),
        (.device, EXIF_IFD_EXIF, [0xA420, 0xA430, 0xA431, 0xA432, 0xA433, 0xA434, 0xA435]),
        (.time, EXIF_IFD_0, [0x0132]),
        (.time, EXIF_IFD_EXIF, [0x9003, 0x9004, 0x9010, 0x9011, 0x9012, 0x9290, 0x9291, 0x9292]),
        (.orientation, EXIF_IFD_0, [0x0112]),
    ]
    private static let groupWords: [CleanGroup: String] = [
        .location: "GPS position", .device: "camera make, model, serial numbers and software",
        .time: "capture times", .orientation: "orientation",
    ]

    static func rewrite(_ block: ArraySlice<UInt8>, options: CleanOptions) throws -> Result {
        let tiff = block.dropFirst(EXIFBlock.header.count)
        guard block.starts(with: EXIFBlock.header), tiff.starts(with: Array("II*\0".utf8)) || tiff.starts(with: Array("MM\0*".utf8)) else {
            throw CleanRefusal("Its EXIF block does not start with a TIFF header, so Exposure cannot rebuild it safely.")
        }
        guard let data = exif_data_new() else { throw CleanRefusal("libexif could not allocate memory.") }
        defer { exif_data_unref(data) }
        exif_data_unset_option(data, EXIF_DATA_OPTION_FOLLOW_SPECIFICATION)
        exif_data_unset_option(data, EXIF_DATA_OPTION_IGNORE_UNKNOWN_TAGS)
        exif_data_set_option(data, EXIF_DATA_OPTION_DONT_CHANGE_MAKER_NOTE)
        Array(block).withUnsafeBufferPointer { exif_data_load_data(data, $0.baseAddress, UInt32($0.count)) }
        guard count(data) > 0 else { throw CleanRefusal("Its EXIF block is damaged: libexif found no readable entries in it.") }
        var result = Result()
        strip(data, options, &result)
        result.block = count(data) == 0 ? nil : try save(data)
        return result
    }

    private static func strip(_ data: UnsafeMutablePointer<ExifData>, _ options: CleanOptions, _ result: inout Result) {
        for (group, ifd, tags) in groupTags {
            let found = tags.reduce(false) { removeTag($1, ifd, data, really: options.removes(group)) || $0 }
            if found { record(group, removed: options.removes(group), &result) }
        }
        if removeAll(EXIF_IFD_GPS, data, really: options.removes(.location)) {
            record(.location, removed: options.removes(.location), &result)
        }
        if removeTag(0x927C, EXIF_IFD_EXIF, data, really: true) { result.removed.append("maker notes") }
        let hadThumbnail = removeAll(EXIF_IFD_1, data, really: true) || data.pointee.data != nil
        if let thumbnail = data.pointee.data {
            free(thumbnail)  // libexif's default allocator is malloc
            data.pointee.data = nil
            data.pointee.size = 0
        }
        if hadThumbnail { result.removed.append("EXIF thumbnail") }
    }

    private static func record(_ group: CleanGroup, removed: Bool, _ result: inout Result) {
        let words = groupWords[group]!
        if removed {
            if !result.removed.contains(words) { result.removed.append(words) }
        } else if !result.kept.contains(words) {
            result.kept.append(words)
        }
    }

    /// Removes one tag from one IFD when `really`; returns whether it was there.
    private static func removeTag(_ tag: UInt16, _ ifd: ExifIfd, _ data: UnsafeMutablePointer<ExifData>, really: Bool) -> Bool {
        guard let content = content(data, ifd), let entry = exif_content_get_entry(content, ExifTag(rawValue: numericCast(tag))) else {
            return false
        }
        if really { exif_content_remove_entry(content, entry) }
        return true
    }

    /// Empties one IFD when `really`; returns whether it held anything.
    private static func removeAll(_ ifd: ExifIfd, _ data: UnsafeMutablePointer<ExifData>, really: Bool) -> Bool {
        guard let content = content(data, ifd), content.pointee.count > 0 else { return false }
        while really, content.pointee.count > 0, let entry = content.pointee.entries[Int(content.pointee.count) - 1] {
            exif_content_remove_entry(content, entry)
        }
        return true
    }

    private static func save(_ data: UnsafeMutablePointer<ExifData>) throws -> [UInt8] {
        var buffer: UnsafeMutablePointer<UInt8>?
        var size: UInt32 = 0
        exif_data_save_data(data, &buffer, &size)
        guard let buffer, size > 0 else { throw CleanRefusal("libexif could not rebuild its EXIF block.") }
        defer { free(buffer) }
        return Array(UnsafeBufferPointer(start: buffer, count: Int(size)))
    }

    private static func count(_ data: UnsafeMutablePointer<ExifData>) -> Int {
        (0..<Int(EXIF_IFD_COUNT.rawValue)).reduce(0) { $0 + Int(content(data, ExifIfd(rawValue: UInt32($1)))?.pointee.count ?? 0) }
    }

    private static func content(_ data: UnsafeMutablePointer<ExifData>, _ ifd: ExifIfd) -> UnsafeMutablePointer<ExifContent>? {
        typealias Content = UnsafeMutablePointer<ExifContent>?
        return withUnsafeBytes(of: data.pointee.ifd) {
            $0.load(fromByteOffset: Int(ifd.rawValue) * MemoryLayout<Content>.stride, as: Content.self)
        }
    }
}
