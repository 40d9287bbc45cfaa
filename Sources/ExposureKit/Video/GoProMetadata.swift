import Foundation

/// Reads GoPro's `udta/GPMF` block (KLV: a 4-byte key, a type byte, a struct size byte, a 2-byte repeat
/// count, then the data padded to 4 bytes) for the camera model (`MINF`) and serial number (`CASN`).
enum GoProMetadata {
    static func read(_ body: ArraySlice<UInt8>, _ clues: inout VideoClues) {
        walk(body, depth: 0, &clues)
    }

    private static func walk(_ bytes: ArraySlice<UInt8>, depth: Int, _ clues: inout VideoClues) {
        var reader = ByteReader(bytes)
        while reader.remaining >= 8 {
            guard let key = try? reader.read(4), let type = try? reader.u8(), let size = try? reader.u8(),
                  let repeats = try? reader.u16()
            else { return }
            let length = Int(size) * Int(repeats)
            guard let value = try? reader.read(length) else { return }
            _ = try? reader.skip((4 - length % 4) % 4)
            let name = VideoBoxes.fourCC(key)
            if type == 0, depth < 4 {
                walk(value, depth: depth + 1, &clues)
            } else if type == UInt8(ascii: "c") {
                let text = VideoText.plain(value)
                if name == "MINF" { clues.model.offer(text, rank: 4, from: "udta/GPMF/MINF") }
                if name == "CASN" { clues.serialNumber.offer(text, rank: 0, from: "udta/GPMF/CASN") }
            }
        }
    }
}
