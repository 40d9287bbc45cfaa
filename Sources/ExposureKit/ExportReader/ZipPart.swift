import Foundation

/// A zip as Meta delivers it, read in place: members are streamed, never extracted to disk.
///
/// `ZipDirectory` lists the members and ZIPFoundation inflates them; one file handle per part, and
/// reopened parts share the member table rather than copying it.
final class ZipPart: ExportPart {
    let url: URL
    private let file: ZipFile
    private let end: ZipEnd
    /// The file members in directory order, filled by `members()`: a member number indexes it.
    private var table: [ZipMember]

    /// Throws `ExportError.unreadableZip` for a file that cannot be opened or has no table of contents.
    convenience init(url: URL) throws {
        let file = try Self.open(url)
        do {
            self.init(url: url, file: file, end: try ZipEnd.read(from: file), table: [])
        } catch let damage as ZipDamage {
            throw ExportError.unreadableZip(url.path, damage.why)
        }
    }

    private init(url: URL, file: ZipFile, end: ZipEnd, table: [ZipMember]) {
        self.url = url
        self.file = file
        self.end = end
        self.table = table
    }

    func reopened() throws -> any ExportPart {
        ZipPart(url: url, file: try Self.open(url), end: end, table: table)
    }

    func members() throws -> [PartMember] {
        let expected = Int(min(end.count, end.directorySize / UInt64(CentralRecord.length)))
        var found: [PartMember] = []
        var table: [ZipMember] = []
        found.reserveCapacity(expected)
        table.reserveCapacity(expected)
        do {
            try ZipDirectory.forEachFile(in: file, end: end) { member, name in
                table.append(member)
                found.append(PartMember(location: name, size: member.size, crc32: member.crc32, modified: 0))
            }
        } catch let damage as ZipDamage {
            throw ExportError.unreadableZip(url.path, damage.why)
        }
        self.table = table
        return found
    }

    func read(_ number: Int32, at location: String, chunkSize: Int, _ consumer: (Data) throws -> Bool) throws {
        try read(number, at: location, chunkSize: chunkSize, skip: { 0 }, skipped: { _ in }, consumer)
    }

    /// Reads like `read`, seeking over the bytes `skip` asks for in a stored member (see `ZipMemberReader`).
    func read(
        _ number: Int32, at location: String, chunkSize: Int, skip: () -> Int64, skipped: (Int64) -> Void,
        _ consumer: (Data) throws -> Bool
    ) throws {
        do {
            try ZipMemberReader(file: file, member: table[Int(number)])
                .read(chunkSize: chunkSize, skip: skip, skipped: skipped, consumer)
        } catch let damage as ZipDamage {
            throw ExportError.unreadableMember(url.path, location, damage.why)
        }
    }

    /// Whether member `number` must be inflated to be read.
    func isCompressed(_ number: Int32) -> Bool {
        table[Int(number)].method != 0
    }

    private static func open(_ url: URL) throws -> ZipFile {
        guard let file = ZipFile(path: url.path) else { throw ExportError.unreadableZip(url.path, "it could not be opened") }
        return file
    }
}
