import Foundation
import Testing
import ZIPFoundation
@testable import ExposureKit

/// The zip reader lists members from the central directory and reads them back byte for byte,
/// whichever tool wrote the zip, however large it grew and however its headers disagree.
struct ZipDirectoryTests {
    private func contents(_ entry: ExportEntry, in archive: ExportArchive, chunkSize: Int) throws -> Data {
        var whole = Data()
        try archive.stream(entry, chunkSize: chunkSize) { chunk in
            whole.append(chunk)
            return true
        }
        return whole
    }

    @Test func storedAndDeflatedMembersFromPythonReadBackByteIdentical() throws {
        let zip = try ZipMaker.python("""
            noise, text = random.Random(1).randbytes(300_000), b'hello zip ' * 50_000
            with zipfile.ZipFile(path, 'w') as z:
                z.writestr('a/noise.bin', noise, zipfile.ZIP_STORED)
                z.writestr('a/text.txt', text, zipfile.ZIP_DEFLATED)
                z.writestr('a/empty.txt', b'', zipfile.ZIP_DEFLATED)
                z.writestr('a/folder/', b'')
            open(path + '.noise', 'wb').write(noise)
            """)
        let archive = try ExportArchive(paths: [zip.path])
        #expect(archive.entries.map(\.path) == ["empty.txt", "noise.bin", "text.txt"])
        let noise = try Data(contentsOf: URL(fileURLWithPath: zip.path + ".noise"))
        let text = Data(String(repeating: "hello zip ", count: 50_000).utf8)
        for (path, expected) in [("noise.bin", noise), ("text.txt", text), ("empty.txt", Data())] {
            let entry = try #require(archive.entry(at: path))
            #expect(try archive.data(of: entry) == expected, "\(path)")
            #expect(try contents(entry, in: archive, chunkSize: 4096) == expected, "\(path)")
            #expect(try archive.makeReader().data(of: entry) == expected, "\(path)")
        }
    }

    @Test func membersFromInfoZipReadBackByteIdentical() throws {
        let folder = Paths.temporaryFolder()
        let files = ["posts/a.json": Data("[1, 2, 3]".utf8), "posts/media/b.bin": Data((0..<70_000).map { UInt8($0 % 251) })]
        var export = ExportBuilder()
        for (path, data) in files { export.add(path, data) }
        _ = try export.folder(in: folder, named: "in")
        for (name, option) in [("deflated.zip", "-6"), ("stored.zip", "-0")] {
            try ZipMaker.run("/usr/bin/zip", ["-q", "-r", option, "../\(name)", "."], in: folder.appendingPathComponent("in"))
            let archive = try ExportArchive(paths: [folder.appendingPathComponent(name).path])
            for (path, expected) in files {
                #expect(try archive.data(of: try #require(archive.entry(at: path))) == expected, "\(name) \(path)")
            }
        }
    }

    @Test func readsZip64SizesOffsetsAndEndRecord() throws {
        let zip = try ZipMaker.python("""
            stamp = struct.pack('<HHBI', 0x5455, 5, 1, 1700000000)
            raw_zip([dict(name=b'r/one.txt', data=b'first', central_extra=stamp),
                     dict(name=b'r/two.txt', data=b'second!', local_extra=stamp + stamp)], zip64=True)
            """)
        let archive = try ExportArchive(paths: [zip.path])
        #expect(archive.entries.map(\.path) == ["one.txt", "two.txt"])
        #expect(try archive.entries.map { try archive.data(of: $0) } == [Data("first".utf8), Data("second!".utf8)])
        #expect(archive.entries.map(\.size) == [5, 7])
    }

    @Test func listsMoreThan65535Members() throws {
        let zip = try ZipMaker.python("""
            with zipfile.ZipFile(path, 'w') as z:
                for i in range(66_000): z.writestr('f/%05d.txt' % i, b'%d' % i)
            """)
        let part = try ZipPart(url: zip)
        let members = try part.members()
        #expect(members.count == 66_000)
        #expect(members.last?.location == "f/65999.txt")
        #expect(try part.data(65_999, at: "f/65999.txt") == Data("65999".utf8))
    }

    @Test func skipsALocalExtraFieldLongerThanTheDirectorysOne() throws {
        let zip = try ZipMaker.python("""
            with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
                with z.open('x/forced.txt', 'w', force_zip64=True) as member: member.write(b'zip64 local header')
            """)
        let archive = try ExportArchive(paths: [zip.path])
        #expect(try archive.data(of: try #require(archive.entry(at: "forced.txt"))) == Data("zip64 local header".utf8))
    }

    @Test func decodesNamesAsUTF8ElseCodePage437LikeZIPFoundation() throws {
        let zip = try ZipMaker.python("""
            raw_zip([dict(name=b'caf\\x82.txt', data=b'1'), dict(name='ñoño.txt'.encode(), data=b'2'),
                     dict(name='flagged-ü.txt'.encode(), data=b'3', flags=0x800)])
            """)
        let names = try ZipPart(url: zip).members().map(\.location)
        #expect(names == ["café.txt", "ñoño.txt", "flagged-ü.txt"])
        let byZIPFoundation = try Archive(data: Data(contentsOf: zip), accessMode: .read).map(\.path)
        #expect(names[0] == byZIPFoundation[0])
    }

    @Test func anEncryptedMemberIsListedButRefusedInOneLine() throws {
        let folder = Paths.temporaryFolder()
        try Data("hush".utf8).write(to: folder.appendingPathComponent("secret.txt"))
        try ZipMaker.run("/usr/bin/zip", ["-q", "-P", "password", "locked.zip", "secret.txt"], in: folder)
        let zip = folder.appendingPathComponent("locked.zip").path
        let archive = try ExportArchive(paths: [zip])
        let entry = try #require(archive.entry(at: "secret.txt"))
        #expect(throws: ExportError.unreadableMember(zip, "secret.txt", "it is encrypted with a password")) {
            try archive.data(of: entry)
        }
        #expect(!"\(ExportError.unreadableMember(zip, "secret.txt", ZipDamage.encrypted.why))".contains("\n"))
    }

    @Test func anotherCompressionMethodIsNamed() throws {
        let zip = try ZipMaker.python("""
            with zipfile.ZipFile(path, 'w', zipfile.ZIP_BZIP2) as z: z.writestr('b.txt', b'bzip2 ' * 100)
            """)
        let archive = try ExportArchive(paths: [zip.path])
        #expect(throws: ExportError.unreadableMember(zip.path, "b.txt", ZipDamage.otherMethod.why)) {
            try archive.data(of: archive.entries[0])
        }
    }

    /// Found by the zip fuzz target: a ZIP64 extra field gives the member a compressed size near 2^64, which
    /// stopped the process when turned into a signed size. No file is that large: the table of contents is damaged.
    @Test func aSizePast2To63IsADamagedTableOfContentsNotACrash() throws {
        let zip = Paths.temporaryFolder().appendingPathComponent("huge-size.zip")
        try #require(Data(base64Encoded: Self.memberSizedPast2To63)).write(to: zip)
        #expect(throws: ExportError.unreadableZip(zip.path, ZipDamage.brokenDirectory.why)) { try ExportArchive(paths: [zip.path]) }
    }

    /// A stored member whose data would run past the end of the file is refused before a byte is handed on,
    /// rather than handing on the table of contents that follows it.
    @Test func aMemberSizedPastTheFileIsDamagedBeforeAnyByteIsHandedOn() throws {
        let zip = try ZipMaker.python("""
            with zipfile.ZipFile(path, 'w', zipfile.ZIP_STORED) as z: z.writestr('a.json', b'[' + b'1,' * 10000 + b'1]')
            """)
        var bytes = try Data(contentsOf: zip)
        let record = try #require(bytes.range(of: Data([0x50, 0x4b, 0x01, 0x02])))
        bytes.replaceSubrange(record.lowerBound + 20..<record.lowerBound + 24, with: [0x00, 0x00, 0x00, 0x7f])
        try bytes.write(to: zip)
        let archive = try ExportArchive(paths: [zip.path])
        let entry = try #require(archive.entry(at: "a.json"))
        var handedOn = 0
        #expect(throws: ExportError.unreadableMember(zip.path, "a.json", ZipDamage.brokenData.why)) {
            try archive.stream(entry, chunkSize: 4_096) { chunk in
                handedOn += chunk.count
                return true
            }
        }
        #expect(handedOn == 0)
    }

    private static let memberSizedPast2To63 = """
        UEsDBC0AAAAIAAAAAABqhtReUgAAAAQGAAAMAAABAAAAAAAAFi5qc29ui65Wyk1NyUxUslKIrlYqLcoEMiAi+gX5xSXF+oZ6WQXpSjoKSslFqYklmfl5\
        8SWZuanFJYm5BUClhuYGUFAbWxsbPWrYqGGjho0aNmrYUDIMAFBLAQItAC0AAAAIAAAAAABqhtRe//////////8MABwAAAAAAAAAAAAAAP////9wb3N0\
        c18xLmpzb24BABgABAYAAAAAAABSAAAAAAD7/wAAAAAAAAAAUEsGBiwAAAAAAAAALQAtAAAAAAAAAAAAAQAAAAAAAAABAAAAAAAAAFYAAAAAAAAAfAAA\
        AAAAAABQSwYHAAAAANIAAAAAAAAAAQAAAFBLBQYAAAAA////////////////AAA=
        """

    @Test func aCutShortOrGarbledTableOfContentsIsNamed() throws {
        let zip = try ZipMaker.python("""
            with zipfile.ZipFile(path, 'w') as z: z.writestr('a.txt', b'a' * 1000)
            """)
        let whole = try Data(contentsOf: zip)
        try whole.prefix(whole.count / 2).write(to: zip)
        #expect(throws: ExportError.unreadableZip(zip.path, ZipDamage.noDirectory.why)) { try ExportArchive(paths: [zip.path]) }
        var garbled = whole
        let directory = try #require(whole.range(of: Data([0x50, 0x4b, 0x01, 0x02])))
        garbled[directory.lowerBound + 2] = 0x07
        try garbled.write(to: zip)
        #expect(throws: ExportError.unreadableZip(zip.path, ZipDamage.brokenDirectory.why)) { try ExportArchive(paths: [zip.path]) }
    }

    /// The second half of the member's compressed bytes is zeroed: reading it all fails, stopping after the
    /// first chunk does not, because the damaged bytes are never read.
    @Test func stoppingEarlyReadsOnlyWhatIsNeeded() throws {
        let zip = try ZipMaker.python("""
            with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
                z.writestr('log.txt', b''.join(b'line %d of a long log\\n' % i for i in range(100_000)))
                z.writestr('plain.txt', b'stored ' * 1000, zipfile.ZIP_STORED)
            info = zipfile.ZipFile(path).getinfo('log.txt')
            data = bytearray(open(path, 'rb').read())
            at = info.header_offset
            start = at + 30 + sum(struct.unpack('<HH', data[at + 26:at + 30]))
            end = start + info.compress_size
            data[(start + end) // 2:end] = bytes(end - (start + end) // 2)
            open(path, 'wb').write(data)
            """)
        let archive = try ExportArchive(paths: [zip.path])
        let log = try #require(archive.entry(at: "log.txt"))
        #expect(throws: ExportError.unreadableMember(zip.path, "log.txt", ZipDamage.brokenData.why)) { try archive.data(of: log) }
        for entry in archive.entries {
            var chunks: [Data] = []
            try archive.stream(entry, chunkSize: 16 * 1024) { chunk in
                chunks.append(chunk)
                return false
            }
            #expect(chunks.count == 1)
            #expect(chunks.first.map { String(decoding: $0.prefix(7), as: UTF8.self) } == (entry == log ? "line 0 " : "stored "))
        }
    }

    @Test func theConsumersOwnErrorPassesThroughUnchanged() throws {
        struct Refused: Error, Equatable {}
        var export = ExportBuilder()
        export.add("posts/a.json", String(repeating: "[]", count: 10_000))
        let archive = try ExportArchive(paths: [try export.zip(in: Paths.temporaryFolder(), named: "e.zip").path])
        #expect(throws: Refused()) {
            try archive.stream(archive.entries[0]) { _ in throw Refused() }
        }
    }
}
