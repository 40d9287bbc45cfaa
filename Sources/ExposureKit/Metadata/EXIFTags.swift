import CExif
import Foundation

/// Reads raw tag values from a loaded `ExifData` with its byte order; `exif_entry_get_value`
/// is avoided because it returns localised display text.
struct EXIFTags {
    private let data: UnsafeMutablePointer<ExifData>
    private let order: ExifByteOrder

    init(_ data: UnsafeMutablePointer<ExifData>) {
        self.data = data
        self.order = exif_data_get_byte_order(data)
    }

    var entryCount: Int {
        (0..<Int(EXIF_IFD_COUNT.rawValue)).reduce(0) { $0 + Int(content(at: $1)?.pointee.count ?? 0) }
    }

    func fileEXIF() -> FileEXIF {
        let gps = GPSReading(tags: self)
        return FileEXIF(
            make: text(0x010F, in: EXIF_IFD_0), model: text(0x0110, in: EXIF_IFD_0),
            dateTimeOriginal: text(0x9003, in: EXIF_IFD_EXIF), orientation: integer(0x0112, in: EXIF_IFD_0),
            software: text(0x0131, in: EXIF_IFD_0), serialNumber: text(0xA431, in: EXIF_IFD_EXIF),
            lensModel: text(0xA434, in: EXIF_IFD_EXIF), gpsLatitude: gps.latitude, gpsLongitude: gps.longitude,
            gpsAltitude: gps.altitude)
    }

    /// ASCII text up to the first NUL, trimmed; nil when empty. Latin-1 when not valid UTF-8.
    func text(_ tag: UInt16, in ifd: ExifIfd) -> String? {
        guard let entry = entry(tag, in: ifd),
              entry.format == EXIF_FORMAT_ASCII || entry.format == EXIF_FORMAT_UNDEFINED
        else { return nil }
        let bytes = raw(entry).prefix { $0 != 0 }
        let string = String(bytes: bytes, encoding: .utf8) ?? String(bytes: bytes, encoding: .isoLatin1) ?? ""
        let trimmed = string.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The first value of an integer tag, whatever integer type the writer chose.
    func integer(_ tag: UInt16, in ifd: ExifIfd) -> Int? {
        guard let entry = entry(tag, in: ifd), entry.components > 0, let value = entry.data else { return nil }
        switch entry.format {
        case EXIF_FORMAT_BYTE: return Int(value[0])
        case EXIF_FORMAT_SBYTE: return Int(Int8(bitPattern: value[0]))
        case EXIF_FORMAT_SHORT: return Int(exif_get_short(value, order))
        case EXIF_FORMAT_SSHORT: return Int(exif_get_sshort(value, order))
        case EXIF_FORMAT_LONG: return Int(exif_get_long(value, order))
        case EXIF_FORMAT_SLONG: return Int(exif_get_slong(value, order))
        default: return nil
        }
    }

    /// Each RATIONAL or SRATIONAL component as a number; nil for a zero denominator.
    func rationals(_ tag: UInt16, in ifd: ExifIfd) -> [Double?] {
        guard let entry = entry(tag, in: ifd), let value = entry.data else { return [] }
        return (0..<Int(entry.components)).map { index in
            let pointer = value + index * 8
            switch entry.format {
            case EXIF_FORMAT_RATIONAL:
                let r = exif_get_rational(pointer, order)
                return r.denominator == 0 ? nil : Double(r.numerator) / Double(r.denominator)
            case EXIF_FORMAT_SRATIONAL:
                let r = exif_get_srational(pointer, order)
                return r.denominator == 0 ? nil : Double(r.numerator) / Double(r.denominator)
            default:
                return nil
            }
        }
    }

    /// The entry for `tag` in one IFD only, with its data size checked against its declared count.
    private func entry(_ tag: UInt16, in ifd: ExifIfd) -> ExifEntry? {
        guard let content = content(at: Int(ifd.rawValue)),
              let pointer = exif_content_get_entry(content, ExifTag(rawValue: numericCast(tag)))
        else { return nil }
        let entry = pointer.pointee
        let needed = Int(exif_format_get_size(entry.format)) * Int(entry.components)
        guard entry.data != nil, Int(entry.size) >= needed else { return nil }
        return entry
    }

    private func raw(_ entry: ExifEntry) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: entry.data, count: Int(entry.size))
    }

    private func content(at index: Int) -> UnsafeMutablePointer<ExifContent>? {
        typealias Content = UnsafeMutablePointer<ExifContent>?
        return withUnsafeBytes(of: data.pointee.ifd) {  // a C array, imported as a tuple
            $0.load(fromByteOffset: index * MemoryLayout<Content>.stride, as: Content.self)
        }
    }
}
