import Foundation

/// The kinds of metadata a clean removes, named the way a user asks to keep one (`--keep orientation,time`).
public enum CleanGroup: String, CaseIterable, Sendable {
    /// GPS and other positions.
    case location
    /// Make, model, serial numbers, lens, owner name and software.
    case device
    /// Capture, digitising and file times.
    case time
    /// Which way up the picture is; kept by default so the picture does not turn.
    case orientation
}

/// What to keep and whether to write, so the kit decides nothing the user did not ask for.
public struct CleanOptions: Sendable {
    public var keep: Set<CleanGroup>

    /// Keeps orientation unless told otherwise, because dropping it turns phone photos sideways.
    public init(keep: Set<CleanGroup> = [.orientation]) {
        self.keep = keep
    }

    func removes(_ group: CleanGroup) -> Bool { !keep.contains(group) }
}

/// Why a file was left out, in one line a user can act on.
public struct CleanRefusal: Error, Equatable, Sendable {
    public let reason: String
    /// Takes the reason as a sentence or a clause; the report joins it after the file's path.
    public init(_ reason: String) { self.reason = reason }
}
