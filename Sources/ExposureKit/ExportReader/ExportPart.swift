import Foundation

/// A file as a part lists it, before the export's root folder is known; its position in the list is its member number.
struct PartMember: Sendable {
    let location: String
    let size: UInt64
    /// The CRC-32 a zip records; nil in a folder.
    let crc32: UInt32?
    /// Seconds since 1970 for a folder's file; 0 in a zip, whose CRC tells an unchanged file.
    let modified: Double
}

/// One physical piece of an export: a zip or an extracted folder.
protocol ExportPart: AnyObject {
    /// The path the user gave, for messages.
    var url: URL { get }
    /// Every regular file in the part, in a stable order.
    func members() throws -> [PartMember]
    /// Hands the bytes of member `number`, whose location in the part is `location`, to `consumer` in order
    /// until it returns false or the file ends. A zip finds the member by number, a folder by location.
    func read(_ number: Int32, at location: String, chunkSize: Int, _ consumer: (Data) throws -> Bool) throws
    /// Another handle on the same part, so parallel readers never share one file position.
    func reopened() throws -> any ExportPart
}

extension ExportPart {
    /// The whole file, however long; `EntryReader.data(of:)` stops at the listed size.
    func data(_ number: Int32, at location: String) throws -> Data {
        var whole = Data()
        try read(number, at: location, chunkSize: 1 << 20) { chunk in
            whole.append(chunk)
            return true
        }
        return whole
    }
}
