import Foundation

/// A value offered by several boxes, keeping the one from the most trusted box (lowest rank).
struct Ranked<Value: Sendable>: Sendable {
    private(set) var value: Value?
    private(set) var source: String?
    private var rank = Int.max

    mutating func offer(_ candidate: Value?, rank: Int, from box: String) {
        guard let candidate, rank < self.rank else { return }
        (value, source, self.rank) = (candidate, box, rank)
    }
}

/// Everything the boxes of one video said, gathered in whatever order the boxes come, then settled into
/// a `FileVideo` by precedence (the orders listed in docs/video-metadata.md).
struct VideoClues: Sendable {
    var brand: String?
    var fragmented = false
    var movieRead = false
    var location = Ranked<ISO6709>()
    /// The first (0, 0) location field seen, kept apart so it cannot hide a real position in a later box.
    var placeholderSource: String?
    var captured = Ranked<String>()
    var containerCreated: String?
    var make = Ranked<String>()
    var model = Ranked<String>()
    var software = Ranked<String>()
    var serialNumber = Ranked<String>()
    var deviceName = Ranked<String>()
    var osVersion: String?
    var encoder: String?
    var duration: Double?
    var width: Int?
    var height: Int?
    var timedMetadata: [String] = []
    var damage: [String] = []

    /// Offers a position; a (0, 0) placeholder is only noted.
    mutating func offerLocation(_ position: ISO6709?, rank: Int, from box: String) {
        guard let position else { return }
        if position.isPlaceholder {
            placeholderSource = placeholderSource ?? box
        } else {
            location.offer(position, rank: rank, from: box)
        }
    }

    /// Offers a text field's value, ignoring empty text.
    static func text(_ value: String?) -> String? {
        let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "\0")))
        return trimmed?.isEmpty == false ? trimmed : nil
    }

    var video: FileVideo {
        var video = FileVideo()
        (video.brand, video.fragmented, video.movieRead) = (brand, fragmented, movieRead)
        if let position = location.value {
            (video.latitude, video.longitude, video.altitude) = (position.latitude, position.longitude, position.altitude)
            video.locationSource = location.source
        } else if let placeholderSource {
            (video.locationPlaceholder, video.locationSource) = (true, placeholderSource)
        }
        (video.capturedAt, video.captureSource, video.containerCreated) = (captured.value, captured.source, containerCreated)
        (video.make, video.model, video.software) = (make.value, model.value, software.value)
        (video.serialNumber, video.deviceName) = (serialNumber.value, deviceName.value)
        (video.osVersion, video.encoder) = (osVersion, encoder)
        (video.duration, video.width, video.height) = (duration, width, height)
        video.timedMetadata = timedMetadata
        video.damage = damage.isEmpty ? nil : damage.joined(separator: " ")
        return video
    }
}
