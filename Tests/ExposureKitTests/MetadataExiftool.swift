import Foundation
@testable import ExposureKit

/// Runs the reference reader `exiftool` and turns its answers into `FileEXIF`, so tests can
/// compare field by field. EXIF groups are named so MakerNote and XMP values are not mixed in.
enum MetadataExiftool {
    /// The `exiftool` on PATH, or nil when it is not installed.
    static let executable = tool("exiftool")

    /// An executable found on PATH, or nil.
    static func tool(_ name: String) -> URL? {
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
            .map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    private static let columns = [
        "IFD0:Make", "IFD0:Model", "ExifIFD:DateTimeOriginal", "IFD0:Orientation", "IFD0:Software",
        "ExifIFD:SerialNumber", "ExifIFD:LensModel", "GPS:GPSLatitude", "GPS:GPSLatitudeRef",
        "GPS:GPSLongitude", "GPS:GPSLongitudeRef", "GPS:GPSAltitude", "GPS:GPSAltitudeRef",
    ]
    private static let separator = "\u{1F}"
    private static let missing = "\u{1}none"

    /// exiftool's view of each file's EXIF fields, keyed by path.
    static func read(_ files: [URL]) throws -> [String: FileEXIF] {
        let format = (["$Directory/$FileName"] + columns.map { "${\($0)}" }).joined(separator: separator)
        let output = try run(executable, ["-n", "-q", "-q", "-m", "-api", "MissingTagValue=\(missing)", "-p", format] + files.map(\.path))
        var result: [String: FileEXIF] = [:]
        for line in output.split(separator: 0x0A) {
            let text = String(bytes: line, encoding: .utf8) ?? String(bytes: line, encoding: .isoLatin1) ?? ""
            let values = text.components(separatedBy: separator)
            guard values.count == columns.count + 1 else { continue }
            result[values[0]] = fileEXIF(Array(values.dropFirst()).map { $0 == missing ? nil : $0 })
        }
        return result
    }

    /// Writes tags into a file in place, e.g. `["-Make=X", "-GPSAltitudeRef#=1"]`.
    static func write(_ file: URL, _ assignments: [String]) throws {
        try run(executable, ["-q", "-q", "-overwrite_original"] + assignments + [file.path])
    }

    private static func fileEXIF(_ v: [String?]) -> FileEXIF {
        func text(_ i: Int) -> String? {
            let trimmed = v[i]?.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed?.isEmpty == false ? trimmed : nil
        }
        func signed(_ i: Int, negativeIf ref: Int, is mark: String) -> Double? {
            guard let number = text(i).flatMap(Double.init) else { return nil }
            return text(ref)?.uppercased().hasPrefix(mark) == true ? -number : number
        }
        return FileEXIF(
            make: text(0), model: text(1), dateTimeOriginal: text(2), orientation: text(3).flatMap { Int($0) },
            software: text(4), serialNumber: text(5), lensModel: text(6),
            gpsLatitude: signed(7, negativeIf: 8, is: "S"), gpsLongitude: signed(9, negativeIf: 10, is: "W"),
            gpsAltitude: signed(11, negativeIf: 12, is: "1"))
    }

    /// Runs a tool and returns its standard output.
    @discardableResult
    static func run(_ tool: URL?, _ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return data
    }
}

/// Field-by-field comparison of two `FileEXIF` values, numbers within 1e-6.
enum MetadataFieldComparison {
    enum Value: Equatable {
        case text(String)
        case number(Double)

        func agrees(with other: Value) -> Bool {
            if case .number(let a) = self, case .number(let b) = other { return abs(a - b) <= 1e-6 }
            return self == other
        }
    }

    static let fields: [(name: String, value: @Sendable (FileEXIF) -> Value?)] = [
        ("Make", { $0.make.map(Value.text) }), ("Model", { $0.model.map(Value.text) }),
        ("DateTimeOriginal", { $0.dateTimeOriginal.map(Value.text) }),
        ("Orientation", { $0.orientation.map { .number(Double($0)) } }), ("Software", { $0.software.map(Value.text) }),
        ("SerialNumber", { $0.serialNumber.map(Value.text) }), ("LensModel", { $0.lensModel.map(Value.text) }),
        ("GPSLatitude", { $0.gpsLatitude.map(Value.number) }), ("GPSLongitude", { $0.gpsLongitude.map(Value.number) }),
        ("GPSAltitude", { $0.gpsAltitude.map(Value.number) }),
    ]

    /// The fields that have a value on either side, and those of them that differ.
    static func compare(_ ours: FileEXIF, _ theirs: FileEXIF) -> (compared: [String], differing: [String]) {
        var compared: [String] = [], differing: [String] = []
        for field in fields {
            let (a, b) = (field.value(ours), field.value(theirs))
            guard a != nil || b != nil else { continue }
            compared.append(field.name)
            if let a, let b, a.agrees(with: b) { continue }
            differing.append("\(field.name): ours \(a.map { "\($0)" } ?? "nil"), exiftool \(b.map { "\($0)" } ?? "nil")")
        }
        return (compared, differing)
    }
}
