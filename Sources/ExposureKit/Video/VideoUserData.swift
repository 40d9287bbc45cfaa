import Foundation

/// Reads `moov/udta`, where Android, older iPhones, GoPro, 3GPP phones and cameras keep what they write.
enum VideoUserData {
    static func read(_ body: ArraySlice<UInt8>, _ clues: inout VideoClues) {
        let children = VideoBoxes.split(body, in: "udta")
        if let damage = children.damage { clues.damage.append(damage) }
        for box in children.boxes { read(box, &clues) }
    }

    private static func read(_ box: VideoBox, _ clues: inout VideoClues) {
        let name = "udta/" + box.type
        switch box.type {
        case "©xyz": clues.offerLocation(VideoText.quickTime(box.body).flatMap(ISO6709.init), rank: 1, from: name)
        case "@xyz": clues.offerLocation(VideoText.quickTime(box.body).flatMap(ISO6709.init), rank: 2, from: name)
        case "loci": clues.offerLocation(VideoText.location3GPP(box.body), rank: 4, from: name)
        case "date": clues.captured.offer(VideoTime.captureTime(VideoText.plain(box.body) ?? ""), rank: 1, from: name)
        case "©day": clues.captured.offer(VideoText.quickTime(box.body).flatMap(VideoTime.captureTime), rank: 2, from: name)
        case "©mak": clues.make.offer(VideoText.quickTime(box.body), rank: 1, from: name)
        case "©mod": clues.model.offer(VideoText.quickTime(box.body), rank: 1, from: name)
        case "©swr": readSoftware(VideoText.quickTime(box.body), name, &clues)
        case "©too": clues.encoder = clues.encoder ?? VideoText.quickTime(box.body)
        case "auth": clues.deviceName.offer(VideoText.string3GPP(box.body), rank: 0, from: name)
        case "©inf": clues.deviceName.offer(VideoText.quickTime(box.body), rank: 1, from: name)
        case "smta": readSamsung(box.body, &clues)
        case "FIRM": clues.software.offer(VideoText.plain(box.body), rank: 4, from: name)
        case "LENS": clues.serialNumber.offer(VideoText.plain(box.body), rank: 1, from: name)
        case "CAME": clues.serialNumber.offer(hex(box.body), rank: 2, from: name)
        case "GPMF": GoProMetadata.read(box.body, &clues)
        case "XMP_": VideoXMP.read(box.body, from: name, &clues)
        case "meta": VideoItemList.read(box.body, in: name, &clues)
        default: break
        }
    }

    /// ffmpeg puts its own name (`Lavf…`) in `©swr`: that is the encoder, not the camera's software.
    private static func readSoftware(_ value: String?, _ name: String, _ clues: inout VideoClues) {
        guard let value else { return }
        if value.hasPrefix("Lavf") {
            clues.encoder = clues.encoder ?? value
        } else {
            clues.software.offer(value, rank: 1, from: name)
        }
    }

    /// Samsung's `smta` box may name the model in an `mdln` box after its version and flags.
    private static func readSamsung(_ body: ArraySlice<UInt8>, _ clues: inout VideoClues) {
        guard let model = VideoBoxes.split(body.dropFirst(4), in: "smta").first("mdln") else { return }
        clues.model.offer(VideoText.plain(model.body), rank: 3, from: "udta/smta/mdln")
    }

    /// A serial number hash as hex; nil when all zeros, as GoPro writes when it has none.
    private static func hex(_ bytes: ArraySlice<UInt8>) -> String? {
        guard bytes.contains(where: { $0 != 0 }) else { return nil }
        return bytes.map { String(format: "%02x", $0) }.joined()
    }
}
