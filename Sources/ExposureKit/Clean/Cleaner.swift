import Foundation

/// What a clean did (or, with `--check`, would do) to one file; `leftOut` says why no copy was written.
public struct CleanOutcome: Sendable, Equatable {
    public var path: String
    /// Where the cleaned copy was written; nil for a check or a file left out.
    public var output: String?
    public var removed: [String] = []
    public var kept: [String] = []
    public var leftOut: String?
}

/// Where cleaned copies go: beside each other in a folder, or over the originals (through a temporary file).
public enum CleanTarget: Sendable {
    case folder(URL)
    case inPlace
    /// Write nothing; say what a clean would remove.
    case check
}

/// Plans a clean with the container walkers, writes it to a temporary file, reads that file back with the
/// same inspector `exposure inspect` uses, and only then moves it into place: a copy that still carries what
/// should be gone, or could not be written whole, never appears.
public enum Cleaner {
    /// Largest photo read into memory to plan its clean; videos are never read whole.
    static let maximumPhotoSize: Int64 = 512 * 1024 * 1024

    /// Cleans or checks one file; never throws, so one bad file among many is only left out, with its reason.
    public static func clean(_ path: String, to target: CleanTarget, options: CleanOptions = CleanOptions()) -> CleanOutcome {
        var outcome = CleanOutcome(path: path)
        do {
            let source = URL(fileURLWithPath: path)
            let plan = try makePlan(source, options: options)
            (outcome.removed, outcome.kept) = (plan.removed, plan.kept)
            guard let destination = try destination(source, target) else { return outcome }
            try write(plan, from: source, to: destination, options: options)
            outcome.output = destination.path
        } catch let refusal as CleanRefusal {
            outcome.leftOut = refusal.reason
        } catch let error as MediaFileError {
            outcome.leftOut = error.reason
        } catch {
            outcome.leftOut = "the file could not be read or written."
        }
        return outcome
    }

    private static func makePlan(_ source: URL, options: CleanOptions) throws -> CleanPlan {
        let inspection = try MediaInspector.inspect(fileAt: source)
        try checkCleanable(inspection, options)
        let handle = try FileHandle(forReadingFrom: source)
        defer { try? handle.close() }
        let size = Int64(try handle.seekToEnd())
        if inspection.format.mediaType == .video {
            var plan = try VideoCleaner.plan(handle, size: size, options: options)
            if inspection.video?.timedMetadata.contains("mebx") == true { plan.keep("timed metadata track (mebx), which Exposure does not read") }
            return plan
        }
        guard size <= maximumPhotoSize else { throw CleanRefusal("the photo is larger than the \(maximumPhotoSize >> 20) MiB Exposure cleans.") }
        try handle.seek(toOffset: 0)
        let bytes = Array(try handle.readToEnd() ?? Data())
        switch inspection.format {
        case .jpeg: return try JPEGCleaner.plan(bytes, options: options)
        case .png: return try PNGCleaner.plan(bytes, options: options)
        case .webp: return try WebPCleaner.plan(bytes, options: options)
        default: return try HEIFCleaner.plan(bytes, options: options)
        }
    }

    /// Files the cleaner must not touch: unread, unknown, GIF, or a video whose GPS trail sits in its media data.
    private static func checkCleanable(_ inspection: FileInspection, _ options: CleanOptions) throws {
        switch inspection.status {
        case .unreadable: throw CleanRefusal(inspection.problem ?? "its structure could not be followed.")
        case .unsupported: throw CleanRefusal("Exposure does not clean \(inspection.format.rawValue.uppercased()) files.")
        default: break
        }
        guard inspection.format != .unknown, inspection.format != .gif else { throw CleanRefusal("the file is not a recognised image or video format.") }
        let trails = (inspection.video?.timedMetadata ?? []).filter { $0 == "gpmd" || $0 == "camm" }
        if let trail = trails.first, options.removes(.location) {
            throw CleanRefusal("it carries a timed metadata track (\(trail)) that can hold a GPS trail inside the media data, which Exposure cannot remove without re-encoding.")
        }
    }

    private static func destination(_ source: URL, _ target: CleanTarget) throws -> URL? {
        switch target {
        case .check: return nil
        case .inPlace: return source
        case .folder(let folder):
            let destination = folder.appendingPathComponent(source.lastPathComponent)
            guard !FileManager.default.fileExists(atPath: destination.path) else {
                throw CleanRefusal("\(destination.path) already exists; remove it or choose another --out folder.")
            }
            return destination
        }
    }

    /// Writes beside the destination, checks the result, then renames it into place in one step.
    private static func write(_ plan: CleanPlan, from source: URL, to destination: URL, options: CleanOptions) throws {
        let folder = destination.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(destination.lastPathComponent).exposure-\(UUID().uuidString).tmp")
        defer { try? FileManager.default.removeItem(at: temporary) }
        let handle = try FileHandle(forReadingFrom: source)
        defer { try? handle.close() }
        try CleanWriter.write(try plan.sortedEdits(), from: handle, to: temporary)
        try CleanCheck.verify(temporary, options: options)
        if let permissions = try? FileManager.default.attributesOfItem(atPath: source.path)[.posixPermissions] {
            try? FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: temporary.path)
        }
        guard rename(temporary.path, destination.path) == 0 else {
            throw CleanRefusal("the cleaned copy could not be moved to \(destination.path).")
        }
    }
}
