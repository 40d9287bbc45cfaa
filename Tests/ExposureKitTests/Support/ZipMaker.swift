import Foundation

/// Makes zips for the reader's tests with tools other than ours: Python's `zipfile`, Info-ZIP's `zip`,
/// and for layouts those tools never write, bytes laid out by hand in Python.
enum ZipMaker {
    /// Runs `script` with the new zip's path in `path` and returns that path.
    static func python(_ script: String) throws -> URL {
        let zip = Paths.temporaryFolder().appendingPathComponent("test.zip")
        try run("/usr/bin/env", ["python3", "-c", prelude + script, zip.path])
        return zip
    }

    /// Runs a program and fails when it does.
    static func run(_ program: String, _ arguments: [String], in folder: URL? = nil) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ZipMakerFailure(command: arguments.joined(separator: " ")) }
    }

    /// `raw_zip(members, zip64)` writes stored members as dicts of `name` (bytes), `data`, and optionally
    /// `flags`, `local_extra` and `central_extra`; with `zip64` every size and offset goes in ZIP64 fields.
    private static let prelude = """
        import random, struct, sys, zipfile, zlib
        path = sys.argv[1]
        def raw_zip(members, zip64=False):
            out, central = bytearray(), bytearray()
            for m in members:
                name, data, flags = m['name'], m['data'], m.get('flags', 0)
                crc, offset, local_extra = zlib.crc32(data), len(out), m.get('local_extra', b'')
                out += struct.pack('<IHHHHHIIIHH', 0x04034b50, 20, flags, 0, 0, 0, crc, len(data), len(data),
                                   len(name), len(local_extra)) + name + local_extra + data
                extra, size, where = m.get('central_extra', b''), len(data), offset
                if zip64:
                    extra += struct.pack('<HHQQQ', 1, 24, len(data), len(data), offset)
                    size, where = 0xFFFFFFFF, 0xFFFFFFFF
                central += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014b50, 45, 45, flags, 0, 0, 0, crc, size, size,
                                       len(name), len(extra), 0, 0, 0, 0, where) + name + extra
            start, count = len(out), len(members)
            out += central
            if zip64:
                record = len(out)
                out += struct.pack('<IQHHIIQQQQ', 0x06064b50, 44, 45, 45, 0, 0, count, count, len(central), start)
                out += struct.pack('<IIQI', 0x07064b50, 0, record, 1)
                out += struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0)
            else:
                out += struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, count, count, len(central), start, 0)
            open(path, 'wb').write(out)

        """
}

struct ZipMakerFailure: Error, CustomStringConvertible {
    let command: String
    var description: String { "failed: \(command)" }
}
