import Foundation

/// An export the user already extracted, read where it lies and never written to.
final class FolderPart: ExportPart {
    let url: URL

    init(url: URL) {
        self.url = url
    }

    func members() throws -> [PartMember] {
        let base = url.standardizedFileURL.path
        guard let walker = FileManager.default.enumerator(atPath: base) else {
            throw ExportError.unreadableFolder(url.path)
        }
        var found: [PartMember] = []
        while let relative = walker.nextObject() as? String {
            let attributes = walker.fileAttributes
            guard attributes?[.type] as? FileAttributeType == .typeRegular else { continue }
            let size = (attributes?[.size] as? NSNumber)?.uint64Value ?? 0
            let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            found.append(PartMember(location: relative, size: size, crc32: nil, modified: modified))
        }
        return found.sorted { $0.location < $1.location }
    }

    func reopened() throws -> any ExportPart { self }

    func read(_ number: Int32, at location: String, chunkSize: Int, _ consumer: (Data) throws -> Bool) throws {
        let handle = try open(location)
        defer { try? handle.close() }
        while true {
            let chunk = try readChunk(handle, location, count: chunkSize)
            if chunk.isEmpty { return }
            guard try consumer(chunk) else { return }
        }
    }

    private func open(_ location: String) throws -> FileHandle {
        let file = url.appendingPathComponent(location)
        guard let handle = FileHandle(forReadingAtPath: file.path) else {
            throw ExportError.vanished(url.path, location)
        }
        return handle
    }

    private func readChunk(_ handle: FileHandle, _ location: String, count: Int) throws -> Data {
        do {
            return try handle.read(upToCount: count) ?? Data()
        } catch {
            throw ExportError.unreadableMember(url.path, location, "it could not be read")
        }
    }
}
