import Foundation
import ZIPFoundation

/// A zip as Meta delivers it, read in place: entries are streamed, never extracted to disk.
final class ZipPart: ExportPart {
    let url: URL
    private let archive: Archive
    private var entries: [String: Entry] = [:]

    init(url: URL) throws {
        self.url = url
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw ExportError.unreadableZip(url.path, "it is damaged or not a zip file (its table of contents is missing)")
        }
    }

    func reopened() throws -> any ExportPart {
        let copy = try ZipPart(url: url)
        copy.entries = entries
        return copy
    }

    func members() throws -> [PartMember] {
        var found: [PartMember] = []
        for entry in archive {
            let path = entry.path  // decoded anew on every access: read it once
            guard !path.hasSuffix("/") else { continue }
            entries[path] = entry
            let stamp = "crc32:\(String(entry.checksum, radix: 16)):\(entry.uncompressedSize)"
            found.append(PartMember(location: path, size: entry.uncompressedSize, crc32: entry.checksum, stamp: stamp))
        }
        return found
    }

    func read(_ location: String, chunkSize: Int, _ consumer: (Data) throws -> Bool) throws {
        guard let entry = entries[location] else { throw ExportError.vanished(url.path, location) }
        do {
            _ = try archive.extract(entry, bufferSize: chunkSize, skipCRC32: true) { chunk in
                if try !consumer(chunk) { throw StopReading() }
            }
        } catch is StopReading {
            return
        } catch let error as ExportError {
            throw error
        } catch {
            throw ExportError.unreadableMember(url.path, location, Self.describe(error))
        }
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case Archive.ArchiveError.invalidCompressionMethod:
            return "it is compressed with a method other than deflate"
        default:
            return "its compressed data is damaged or cut short"
        }
    }
}

/// Thrown from a zip consumer to stop inflating once the reader has what it needs.
private struct StopReading: Error {}
