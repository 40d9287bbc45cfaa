import Foundation
import ZIPFoundation

/// Reads one member's bytes: stored members straight from the file, deflated ones through ZIPFoundation's inflater.
struct ZipMemberReader {
    let file: ZipFile
    let member: ZipMember

    private static let localHeaderSignature: UInt32 = 0x0403_4b50

    /// Hands the member's bytes to `consumer` in chunks until it returns false or the member ends;
    /// throws `ZipDamage` for the member's own problems and passes the consumer's errors on untouched.
    /// In a stored member the bytes `skip` asks for before each chunk are seeked over and reported to
    /// `skipped`; a deflated member must be inflated through, so there they are handed on as usual.
    func read(
        chunkSize: Int, skip: () -> Int64 = { 0 }, skipped: (Int64) -> Void = { _ in }, _ consumer: (Data) throws -> Bool
    ) throws {
        guard member.flags & 1 == 0 else { throw ZipDamage.encrypted }
        guard member.method == 0 || member.method == 8 else { throw ZipDamage.otherMethod }
        // A member can neither start past the file nor hold more than it: refused before any byte is handed on,
        // rather than passing on whatever follows it in the file (the table of contents, say) until the file ends.
        guard member.headerOffset < file.length, member.compressedSize <= file.length else { throw ZipDamage.brokenData }
        let start = try dataOffset()
        guard file.seek(to: start) else { throw ZipDamage.brokenData }
        if member.method == 0 {
            try readStored(from: start, chunkSize, skip, skipped, consumer)
        } else {
            try inflate(chunkSize, consumer)
        }
    }

    /// Where the member's data starts: after its local header, whose name and extra field lengths
    /// may differ from the central directory's.
    private func dataOffset() throws -> UInt64 {
        guard file.seek(to: member.headerOffset), let header = file.read(30) else { throw ZipDamage.brokenData }
        return try header.withUnsafeBytes { bytes in
            guard bytes.little(0, as: UInt32.self) == Self.localHeaderSignature else { throw ZipDamage.brokenData }
            let lengths = UInt64(bytes.little(26, as: UInt16.self)) + UInt64(bytes.little(28, as: UInt16.self))
            return member.headerOffset + 30 + lengths
        }
    }

    private func readStored(
        from start: UInt64, _ chunkSize: Int, _ skip: () -> Int64, _ skipped: (Int64) -> Void, _ consumer: (Data) throws -> Bool
    ) throws {
        var left = member.compressedSize
        while left > 0 {
            let passed = min(UInt64(max(skip(), 0)), left)
            if passed > 0 {
                left -= passed
                guard file.seek(to: start + member.compressedSize - left) else { throw ZipDamage.brokenData }
                skipped(Int64(passed))
                if left == 0 { return }
            }
            guard let chunk = file.read(Int(min(UInt64(chunkSize), left))) else { throw ZipDamage.brokenData }
            left -= UInt64(chunk.count)
            guard try consumer(chunk) else { return }
        }
    }

    /// ZIPFoundation's inflater (on Linux) tells zlib each chunk holds all `size` bytes it asked for, so a
    /// chunk is padded with zeros past the member's last byte; a sound stream ends before the padding.
    private func inflate(_ chunkSize: Int, _ consumer: (Data) throws -> Bool) throws {
        var left = member.compressedSize
        do {
            _ = try Data.decompress(
                size: Int64(member.compressedSize), bufferSize: chunkSize, skipCRC32: true,
                provider: { _, size in
                    guard left > 0, var chunk = file.read(Int(min(UInt64(size), left))) else { throw ZipDamage.brokenData }
                    left -= UInt64(chunk.count)
                    chunk.count = size
                    return chunk
                },
                consumer: { chunk in try Self.pass(chunk, to: consumer) })
        } catch is StopReading {
            return
        } catch let failure as ConsumerFailure {
            throw failure.error
        } catch let damage as ZipDamage {
            throw damage
        } catch {
            throw ZipDamage.brokenData
        }
    }

    /// Hands an inflated chunk on, turning the consumer's wish to stop and its errors into errors of our own
    /// that pass through ZIPFoundation.
    private static func pass(_ chunk: Data, to consumer: (Data) throws -> Bool) throws {
        guard !chunk.isEmpty else { return }
        let more: Bool
        do {
            more = try consumer(chunk)
        } catch {
            throw ConsumerFailure(error: error)
        }
        if !more { throw StopReading() }
    }
}

/// Thrown through ZIPFoundation to stop inflating once the consumer has what it needs.
private struct StopReading: Error {}

/// The consumer's own error, carried through ZIPFoundation so it is not mistaken for damage.
private struct ConsumerFailure: Error {
    let error: any Error
}
