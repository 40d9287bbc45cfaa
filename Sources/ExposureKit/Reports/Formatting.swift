import Foundation

/// Counts as people read them: 1,284 rather than 1284.
enum Count {
    static func text(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return value < 0 ? "-" + out : out
    }
}

/// File sizes as people read them: 840 KB, 12.3 MB.
public enum ByteSize {
    public static func text(_ bytes: Int) -> String {
        bytes < 1 << 20 ? "\(max(1, (bytes + 512) >> 10)) KB" : String(format: "%.1f MB", Double(bytes) / 1_048_576)
    }
}
