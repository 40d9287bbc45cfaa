import Foundation

/// What a container walker concluded from the bytes it has seen so far.
enum WalkStep: Equatable {
    case needMore
    /// An EXIF block, normalised to `Exif\0\0` followed by the TIFF data.
    case found(Data)
    /// The container was read far enough to know it holds no EXIF block.
    case absent
    /// A video's metadata, read from its boxes (video files carry no EXIF block).
    case video(FileVideo)
}

/// One state machine per container format, so `EXIFProbe` can push chunks into any of them.
protocol ContainerWalker: Sendable {
    /// Parses as far as the queued bytes allow; throws `MalformedMedia` on a broken structure.
    mutating func advance(_ input: inout ByteQueue) throws -> WalkStep
    /// Decides what running out of input at this point means.
    func endOfInput(_ input: ByteQueue) throws -> WalkStep
    /// Decides what it means that the reader stopped early on purpose, for the `reason` given.
    func endOfReadInput(_ input: ByteQueue, reason: String) throws -> WalkStep
    /// True when what is left to read can only add little (a video whose movie header was read), so a
    /// reader for which skipping is costly may stop.
    var readEnough: Bool { get }
}

extension ContainerWalker {
    func endOfInput(_ input: ByteQueue) throws -> WalkStep {
        throw MalformedMedia.truncated
    }

    func endOfReadInput(_ input: ByteQueue, reason: String) throws -> WalkStep {
        throw MalformedMedia(reason)
    }

    var readEnough: Bool { false }
}

/// Building and bounding the EXIF blocks that walkers hand to the decoder.
enum EXIFBlock {
    /// Largest EXIF block accepted; a JPEG APP1 holds at most 64 KiB, other containers rarely more.
    static let maximumSize = 4 * 1024 * 1024
    static let header: [UInt8] = Array("Exif".utf8) + [0, 0]

    /// Prefixes TIFF bytes with `Exif\0\0`, keeping a prefix some writers already put there.
    static func make(from bytes: ArraySlice<UInt8>) -> Data {
        let tiff = bytes.starts(with: header.prefix(5)) && bytes.count >= 6 ? bytes.dropFirst(6) : bytes
        return Data(header) + Data(tiff)
    }

    static func checkSize(_ size: Int64) throws {
        guard size <= Int64(maximumSize) else {
            throw MalformedMedia("The EXIF block claims \(size) bytes, more than the \(maximumSize / 1_048_576) MiB Exposure accepts.")
        }
    }
}
