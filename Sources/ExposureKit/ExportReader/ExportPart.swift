import Foundation

/// A file as a part lists it, before the export's root folder is known.
struct PartMember: Sendable {
    let location: String
    let size: UInt64
    let crc32: UInt32?
    /// What tells an unchanged file on a rescan without reading it: CRC and size in a zip, time and size in a folder.
    let stamp: String
}

/// One physical piece of an export: a zip or an extracted folder.
protocol ExportPart: AnyObject {
    /// The path the user gave, for messages.
    var url: URL { get }
    /// Every regular file in the part, in a stable order.
    func members() throws -> [PartMember]
    /// Hands the file's bytes to `consumer` in order until it returns false or the file ends.
    func read(_ location: String, chunkSize: Int, _ consumer: (Data) throws -> Bool) throws
    /// Another handle on the same part, so parallel readers never share one file position.
    func reopened() throws -> any ExportPart
}

extension ExportPart {
    /// The whole file, for the JSON files an importer parses.
    func data(_ location: String) throws -> Data {
        var whole = Data()
        try read(location, chunkSize: 1 << 20) { chunk in
            whole.append(chunk)
            return true
        }
        return whole
    }
}
