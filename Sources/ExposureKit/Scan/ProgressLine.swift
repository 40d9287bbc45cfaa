import Foundation

/// The one-line progress shown on a terminal while media files are read.
public enum ProgressLine {
    public static func text(_ snapshot: ScanProgress.Snapshot) -> String {
        let rate = snapshot.elapsed > 0 ? Double(snapshot.filesDone) / snapshot.elapsed : 0
        let megabytes = Double(snapshot.bytesRead) / 1_000_000
        var text = "Reading media: \(snapshot.filesDone) of \(snapshot.filesTotal) files, "
            + String(format: "%.1f MB read, %.0f files/s", megabytes, rate)
        if rate > 0, snapshot.filesDone < snapshot.filesTotal {
            let left = Double(snapshot.filesTotal - snapshot.filesDone) / rate
            text += left < 60 ? String(format: ", about %.0f s left", left) : String(format: ", about %.0f min left", left / 60)
        }
        return text
    }
}
