import Foundation

/// Walks the top-level boxes of an MP4, MOV or 3GP file: it skips the media data by its size, never
/// holding it, buffers only the movie header (`moov`, wherever it is) and small XMP boxes, and stops at the
/// first fragment after the header, since the metadata is all in `moov`.
struct VideoWalker: ContainerWalker {
    /// Largest movie header buffered: phone clips have a few KiB to a few hundred, a two-hour film about ten MiB.
    static let maximumMovieSize: Int64 = 32 * 1024 * 1024
    /// Largest top-level XMP box read; bigger ones are skipped.
    static let maximumXMPSize: Int64 = 1024 * 1024

    private var clues = VideoClues()
    /// Set once the header of a `moov` box was seen and its body is being waited for; nil size: to the end.
    private var pendingMovie: (size: Int64?, headerSize: Int)?

    mutating func advance(_ input: inout ByteQueue) throws -> WalkStep {
        while true {
            if let pending = pendingMovie {
                guard let size = pending.size else { return try waitForMovieToEnd(input) }
                guard let box = input.peek(Int(size)) else { return .needMore }
                MovieHeader.read(box.dropFirst(pending.headerSize), into: &clues)
                input.consume(Int(size))
                pendingMovie = nil
                continue
            }
            guard let header = input.peek(8) else { return .needMore }
            var reader = ByteReader(header)
            let size32 = try reader.u32()
            let type = VideoBoxes.fourCC(try reader.read(4))
            var size: Int64? = Int64(size32)
            var headerSize = 8
            if size32 == 1 {
                guard let large = input.peek(16) else { return .needMore }
                var wide = ByteReader(large.dropFirst(8))
                size = Int64(exactly: try wide.u64())
                headerSize = 16
            } else if size32 == 0 {
                size = nil
            }
            if let size, size < Int64(headerSize) || size > Int64.max - input.position {
                return .video(concluded(damage: "A top-level box at byte \(input.position) has an impossible size; the boxes after it were not read."))
            }
            if let step = try box(type, size: size, headerSize: headerSize, &input) { return step }
        }
    }

    /// Handles one top-level box: returns a step when it decides one, nil to go on with the next box.
    private mutating func box(_ type: String, size: Int64?, headerSize: Int, _ input: inout ByteQueue) throws -> WalkStep? {
        switch type {
        case "moov":
            guard (size ?? 0) <= Self.maximumMovieSize else {
                let mebibytes = (size ?? 0) / 1_048_576
                return .video(concluded(damage: "The movie header is \(mebibytes) MiB, more than the \(Self.maximumMovieSize / 1_048_576) MiB Exposure reads."))
            }
            pendingMovie = (size, headerSize)
            return nil
        case "ftyp", "uuid":
            guard let size, size <= Self.maximumXMPSize else { break }
            guard let box = input.peek(Int(size)) else { return .needMore }
            readSmall(type, box.dropFirst(headerSize))
        case "moof":
            clues.fragmented = true
            if clues.movieRead { return .video(concluded()) }
        default:
            break
        }
        guard let size else { return .video(concluded()) }  // the box runs to the end of the file
        input.skip(size)
        return nil
    }

    private mutating func readSmall(_ type: String, _ body: ArraySlice<UInt8>) {
        if type == "ftyp" {
            clues.brand = body.count >= 4 ? VideoBoxes.fourCC(body.prefix(4)) : nil
        } else if body.starts(with: VideoXMP.uuid) {
            VideoXMP.read(body.dropFirst(16), from: "uuid (XMP)", &clues)
        }
    }

    /// A `moov` of size 0 runs to the end of the file: it is read when the input ends.
    private mutating func waitForMovieToEnd(_ input: ByteQueue) throws -> WalkStep {
        guard Int64(input.available) <= Self.maximumMovieSize else {
            return .video(concluded(damage: "The movie header runs to the end of a file too large for Exposure to read it."))
        }
        return .needMore
    }

    func endOfInput(_ input: ByteQueue) throws -> WalkStep {
        var copy = self
        if let pending = pendingMovie {
            var queue = input
            let held = queue.peek(queue.available) ?? []
            MovieHeader.read(held.dropFirst(pending.headerSize), into: &copy.clues)
            if pending.size != nil { copy.clues.damage.append("The file ends inside its movie header; the rest of it is missing.") }
            return .video(copy.concluded())
        }
        guard input.available == 0, input.pendingSkip == 0 else {
            return .video(copy.concluded(damage: "The file ends inside a box; it may be a download cut short."))
        }
        return .video(copy.concluded())
    }

    /// Once the movie header is read, only a trailing XMP box could add to it.
    var readEnough: Bool { clues.movieRead }

    func endOfReadInput(_ input: ByteQueue, reason: String) throws -> WalkStep {
        var copy = self
        return .video(copy.concluded(damage: clues.movieRead ? nil : reason))
    }

    /// The video as read so far; without a movie header it says why none was read.
    private mutating func concluded(damage: String? = nil) -> FileVideo {
        if let damage { clues.damage.append(damage) }
        if !clues.movieRead {
            clues.damage.insert("No movie header (moov) was read, so nothing is known of what the video carries.", at: 0)
        }
        return clues.video
    }
}
