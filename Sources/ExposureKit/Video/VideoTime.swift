import Foundation

/// The two kinds of time a video carries: the movie header's instant and a capture time with its zone.
enum VideoTime {
    /// Seconds from 1904-01-01 (QuickTime's epoch) to 1970-01-01.
    static let epochGap: UInt64 = 2_082_844_800

    /// The movie header's creation time as UTC text. 0 means "not set"; a value that would fall before 1970
    /// is read as counted from 1970, as ExifTool and ffmpeg do for writers that use the wrong epoch.
    static func containerTime(_ raw: UInt64) -> String? {
        guard raw != 0 else { return nil }
        let unix = raw < epochGap ? raw : raw - epochGap
        guard unix < 253_402_300_800 else { return nil }  // past year 9999: not a time
        return Instant.text(Date(timeIntervalSince1970: Double(unix)))
    }

    /// A capture time as written, trimmed, with a `+HHMM` offset given its colon (`+03:00`) so the
    /// local time and its zone stay as the camera wrote them; nil for empty text.
    static func captureTime(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "\0")))
        guard !trimmed.isEmpty else { return nil }
        let tail = Array(trimmed.suffix(5))
        guard tail.count == 5, tail[0] == "+" || tail[0] == "-", tail.dropFirst().allSatisfy(\.isNumber),
              trimmed.count > 10
        else { return trimmed }
        return String(trimmed.dropLast(2)) + ":" + String(tail.suffix(2))
    }
}
