import Foundation

/// One ISO-BMFF / QuickTime box held in memory: its type and the bytes after its header.
struct VideoBox {
    let type: String
    let body: ArraySlice<UInt8>
    /// Index of the box's header in the bytes it was split from, so a clean can overwrite the box in place.
    var start: Int = 0
}

/// The boxes inside a container, as far as their sizes could be followed.
struct VideoBoxList {
    var boxes: [VideoBox] = []
    /// Why the list stops early: a size smaller than its header or larger than what is left.
    var damage: String?

    /// The first box of a type.
    func first(_ type: String) -> VideoBox? { boxes.first { $0.type == type } }

    /// Every box of a type, in order.
    func all(_ type: String) -> [VideoBox] { boxes.filter { $0.type == type } }
}

/// Splits container bodies into boxes by their sizes, keeping what was read before any damage.
enum VideoBoxes {
    /// Splits `bytes` into consecutive boxes. A 64-bit size (size 1) is followed; a size of 0 runs to the
    /// end, which inside a container also acts as a terminator, as ExifTool treats it.
    static func split(_ bytes: ArraySlice<UInt8>, in container: String) -> VideoBoxList {
        var list = VideoBoxList()
        var reader = ByteReader(bytes)
        while reader.remaining >= 8 {
            guard let box = try? next(&reader) else {
                list.damage = "A box inside \(container) has a size that does not fit; the boxes after it were not read."
                break
            }
            list.boxes.append(box)
        }
        return list
    }

    private static func next(_ reader: inout ByteReader) throws -> VideoBox {
        let start = reader.offset
        let size32 = try reader.u32()
        let type = fourCC(try reader.read(4))
        var headerSize: UInt64 = 8
        var size = UInt64(size32)
        if size32 == 1 {
            size = try reader.u64()
            headerSize = 16
        } else if size32 == 0 {
            size = UInt64(reader.remaining) + 8
        }
        guard size >= headerSize, size - headerSize <= UInt64(reader.remaining) else { throw MalformedMedia.truncated }
        return VideoBox(type: type, body: try reader.read(Int(size - headerSize)), start: start)
    }

    /// A box type as text; `©` (0xA9) types such as `©xyz` come out with the copyright sign.
    static func fourCC(_ bytes: ArraySlice<UInt8>) -> String {
        String(bytes.map { Character(Unicode.Scalar($0)) })
    }

    /// The body of a full box after its version and flags, with the version.
    static func fullBox(_ body: ArraySlice<UInt8>) -> (version: UInt8, rest: ArraySlice<UInt8>)? {
        guard body.count >= 4 else { return nil }
        return (body[body.startIndex], body.dropFirst(4))
    }
}
