import Foundation

/// The video parts of `exposure inspect`: the lines and JSON keys a video has beyond a photo's.
enum VideoReport {
    /// Lines after the shared fields: capture time, location source, size, container time, timed tracks.
    static func lines(_ video: FileVideo) -> [String] {
        var lines: [String] = []
        if let capturedAt = video.capturedAt { lines.append("Filmed: \(capturedAt) (from \(video.captureSource ?? "?"))") }
        if let source = video.locationSource {
            lines.append(video.locationPlaceholder
                ? "Location: field present but empty (0, 0) in \(source), a phone's placeholder without a fix"
                : "Location from: \(source)")
        }
        let fields: [(String, String?)] = [
            ("Device", video.deviceName), ("OS version", video.osVersion), ("Encoder", video.encoder),
            ("Duration", video.duration.map { String(format: "%.1f s", $0) }),
            ("Frame", video.width.flatMap { width in video.height.map { "\(width) × \($0)" } }),
            ("Container time", video.containerCreated.map { "\($0) (UTC by the specification; a re-encoded copy carries when it was processed)" }),
        ]
        lines += fields.compactMap { label, value in value.map { "\(label): \($0)" } }
        if !video.timedMetadata.isEmpty {
            let tracks = video.timedMetadata.joined(separator: ", ")
            lines.append("Timed metadata: \(tracks) track, which may hold a GPS trail Exposure does not decode")
        }
        return lines
    }

    /// The sentence to remember about a video that carries capture metadata.
    static func takeaway(_ video: FileVideo) -> String {
        let tells = Tells(
            location: video.hasLocation, time: video.capturedAt != nil, serial: video.serialNumber != nil,
            device: video.make != nil || video.model != nil || video.deviceName != nil)
        return tells.sentence(noun: "video", taken: "filmed", took: "filmed") ?? noneTakeaway(video)
    }

    /// Why a video with no capture metadata may still give something away.
    static func noneTakeaway(_ video: FileVideo) -> String {
        if !video.timedMetadata.isEmpty {
            return "This video's boxes carry no location, device or capture time, but a timed metadata track may hold a GPS trail."
        }
        return "This video's boxes carry no location, device or capture time."
    }

    /// The JSON keys a video adds to the photo keys.
    static func fields(_ video: FileVideo?) -> [(String, JSONValue?)] {
        guard let video else { return [] }
        return [
            ("captured_at", video.capturedAt.map(JSONValue.string)),
            ("capture_time_source", video.captureSource.map(JSONValue.string)),
            ("container_created_utc", video.containerCreated.map(JSONValue.string)),
            ("location_source", video.locationSource.map(JSONValue.string)),
            ("location_placeholder", video.locationPlaceholder ? .bool(true) : nil),
            ("device_name", video.deviceName.map(JSONValue.string)),
            ("os_version", video.osVersion.map(JSONValue.string)),
            ("encoder", video.encoder.map(JSONValue.string)),
            ("duration_s", video.duration.map(JSONValue.number)),
            ("width", video.width.map { .number(Double($0)) }),
            ("height", video.height.map { .number(Double($0)) }),
            ("brand", video.brand.map { .string($0.trimmingCharacters(in: .whitespaces)) }),
            ("fragmented", video.fragmented ? .bool(true) : nil),
            ("timed_metadata_tracks", video.timedMetadata.isEmpty ? nil : .array(video.timedMetadata.map(JSONValue.string))),
        ]
    }
}
