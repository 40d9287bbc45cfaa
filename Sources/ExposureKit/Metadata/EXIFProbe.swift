import Foundation

/// Finds and decodes a file's EXIF block, or reads a video's metadata boxes, from chunks pushed in order
/// (as a zip entry is inflated), so a caller can stop reading as soon as it has them and memory stays bounded.
///
/// A reader that can seek should, before each read, seek past `bytesToSkip` bytes and report
/// them with `didSkip(_:)`; a reader that cannot seek just feeds them and they are dropped.
public struct EXIFProbe: Sendable {
    /// The outcome of one `feed`: keep feeding, or stop reading.
    public enum Step: Sendable, Equatable {
        case needMore
        case done(FileInspection)
    }

    private var input = ByteQueue()
    private var format: MediaFormat?
    private var walker: (any ContainerWalker)?
    private var outcome: FileInspection?

    /// Starts a probe for one file; use a new probe per file.
    public init() {}

    /// Bytes the probe will discard next; a seekable reader may seek past them instead of reading.
    public var bytesToSkip: Int64 { outcome == nil ? input.pendingSkip : 0 }

    /// How many more bytes (after any skip) the probe needs before it can make progress.
    public var bytesWanted: Int { outcome == nil ? max(input.shortfall, 1) : 0 }

    /// Largest number of bytes the probe has held at once (for memory checks).
    var peakBufferedBytes: Int { input.peakHeld }

    /// Tells the probe that the reader moved past `count` bytes of `bytesToSkip` without feeding them.
    public mutating func didSkip(_ count: Int64) {
        input.skippedByReader(count)
    }

    /// Takes the next chunk of the file; `.done` means the result is known and reading can stop.
    public mutating func feed(_ chunk: Data) -> Step {
        if let outcome { return .done(outcome) }
        input.append(chunk)
        if walker == nil {
            guard input.available >= MediaFormat.sniffLength else { return .needMore }
            start()
        }
        return advance()
    }

    /// Ends the input: returns the result, judging a structure cut short as unreadable.
    public mutating func finish() -> FileInspection {
        if let outcome { return outcome }
        if walker == nil {
            start()
            _ = advance()  // a file shorter than the sniffing window has not been walked yet
        }
        if let outcome { return outcome }
        guard let walker else { return conclude(.failure(.truncated)) }
        return conclude(Result { try walker.endOfInput(input) }.mapError(Self.malformed))
    }

    /// Whether the file is a video, whose metadata may lie after its media data.
    public var readsVideo: Bool { format?.mediaType == .video }

    /// Whether the rest of the file can only add little, so a reader for which skipping is costly may stop.
    public var readEnough: Bool { walker?.readEnough ?? false }

    /// Ends the input early because the reader chose not to read on (the `reason`, for the user);
    /// a video keeps what its boxes said so far.
    public mutating func finish(unread reason: String) -> FileInspection {
        if let outcome { return outcome }
        guard let walker else { return finish() }
        return conclude(Result { try walker.endOfReadInput(input, reason: reason) }.mapError(Self.malformed))
    }

    private mutating func start() {
        let detected = MediaFormat.sniff(input.peek(min(input.available, MediaFormat.sniffLength)) ?? [])
        format = detected
        switch detected {
        case .jpeg: walker = JPEGWalker()
        case .png: walker = PNGWalker()
        case .webp: walker = WebPWalker()
        case .heif: walker = HEIFWalker()
        case .mp4, .quicktime: walker = VideoWalker()
        case .gif: outcome = FileInspection(format: detected, status: .unsupported)
        case .unknown:
            let problem = input.available == 0 ? "The file is empty." : "The file is not a recognised image or video format."
            outcome = FileInspection(format: .unknown, status: .unreadable, problem: problem)
        }
    }

    private mutating func advance() -> Step {
        if let outcome { return .done(outcome) }
        guard walker != nil else { return .needMore }
        let step = Result { try walker!.advance(&input) }.mapError(Self.malformed)
        if case .success(.needMore) = step { return .needMore }
        return .done(conclude(step))
    }

    private mutating func conclude(_ step: Result<WalkStep, MalformedMedia>) -> FileInspection {
        let format = format ?? .unknown
        let result: FileInspection
        switch step {
        case .success(.found(let block)): result = EXIFDecoder.inspection(of: block, format: format)
        case .success(.absent): result = FileInspection(format: format, status: .no)
        case .success(.video(let video)): result = FileInspection(format: format, video: video)
        case .success(.needMore): result = FileInspection(format: format, status: .unreadable, problem: MalformedMedia.truncated.problem)
        case .failure(let error): result = FileInspection(format: format, status: .unreadable, problem: error.problem)
        }
        outcome = result
        return result
    }

    private static func malformed(_ error: any Error) -> MalformedMedia {
        error as? MalformedMedia ?? MalformedMedia("The file's structure could not be followed.")
    }
}
