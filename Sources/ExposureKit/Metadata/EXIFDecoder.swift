import CExif
import Foundation

/// Decodes an `Exif\0\0`+TIFF block with libexif into the fields Exposure reports.
/// Each call owns its own `ExifData`, because libexif objects are not thread-safe.
enum EXIFDecoder {
    /// The inspection of a file whose EXIF block was found: `yes` with its fields, or `unreadable`.
    static func inspection(of block: Data, format: MediaFormat) -> FileInspection {
        do {
            return FileInspection(format: format, status: .yes, exif: try decode(block))
        } catch {
            let problem = (error as? MalformedMedia)?.problem ?? "The EXIF block could not be decoded."
            return FileInspection(format: format, status: .unreadable, problem: problem)
        }
    }

    static func decode(_ block: Data) throws -> FileEXIF {
        let tiff = block.dropFirst(EXIFBlock.header.count)
        guard tiff.starts(with: Array("II*\0".utf8)) || tiff.starts(with: Array("MM\0*".utf8)) else {
            throw MalformedMedia("The EXIF block does not start with a TIFF header.")
        }
        guard let data = exif_data_new() else { throw MalformedMedia("libexif could not allocate memory.") }
        defer { exif_data_unref(data) }
        exif_data_unset_option(data, EXIF_DATA_OPTION_FOLLOW_SPECIFICATION)  // it would invent and delete tags
        exif_data_unset_option(data, EXIF_DATA_OPTION_IGNORE_UNKNOWN_TAGS)  // keep tags as stored
        exif_data_set_option(data, EXIF_DATA_OPTION_DONT_CHANGE_MAKER_NOTE)
        block.withUnsafeBytes { raw in
            exif_data_load_data(data, raw.bindMemory(to: UInt8.self).baseAddress, UInt32(raw.count))
        }
        let tags = EXIFTags(data)
        guard tags.entryCount > 0 else { throw MalformedMedia("The EXIF block is damaged: libexif found no readable entries in it.") }
        return tags.fileEXIF()
    }
}
