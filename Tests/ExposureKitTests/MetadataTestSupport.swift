import Foundation
@testable import ExposureKit

/// Builds a TIFF block (IFD0, Exif IFD, GPS IFD) byte by byte, so tests control every field.
struct MetadataTIFF {
    /// A value of one TIFF tag, in the types the EXIF tests need.
    enum Value {
        case ascii(String)
        case rawASCII([UInt8])
        case byte(UInt8)
        case short(UInt16)
        case long(UInt32)
        case rational([(UInt32, UInt32)])
        case srational([(Int32, Int32)])
    }

    var bigEndian = false
    var ifd0: [(UInt16, Value)] = []
    var exif: [(UInt16, Value)] = []
    var gps: [(UInt16, Value)] = []

    func build() -> [UInt8] {
        var zero = ifd0
        if !exif.isEmpty { zero.append((0x8769, .long(0))) }
        if !gps.isEmpty { zero.append((0x8825, .long(0))) }
        let zeroOffset = 8, exifOffset = zeroOffset + size(zero), gpsOffset = exifOffset + size(exif)
        zero = zero.map { tag, value in
            tag == 0x8769 ? (tag, .long(UInt32(exifOffset))) : tag == 0x8825 ? (tag, .long(UInt32(gpsOffset))) : (tag, value)
        }
        var out = bigEndian ? Array("MM".utf8) + u16(42) : Array("II".utf8) + u16(42)
        out += u32(UInt32(zeroOffset))
        for (list, offset) in [(zero, zeroOffset), (exif, exifOffset), (gps, gpsOffset)] where !list.isEmpty {
            out += ifd(list, at: offset)
        }
        return out
    }

    private func size(_ list: [(UInt16, Value)]) -> Int {
        list.isEmpty ? 0 : 6 + 12 * list.count + list.map { outOfLine(encode($0.1).bytes).count }.reduce(0, +)
    }

    private func outOfLine(_ bytes: [UInt8]) -> [UInt8] {
        bytes.count <= 4 ? [] : bytes + (bytes.count % 2 == 1 ? [0] : [])
    }

    private func ifd(_ list: [(UInt16, Value)], at offset: Int) -> [UInt8] {
        let sorted = list.sorted { $0.0 < $1.0 }
        var entries = u16(UInt16(sorted.count)), data: [UInt8] = []
        let dataStart = offset + 6 + 12 * sorted.count
        for (tag, value) in sorted {
            let (type, count, bytes) = encode(value)
            entries += u16(tag) + u16(type) + u32(count)
            if bytes.count <= 4 {
                entries += bytes + Array(repeating: 0, count: 4 - bytes.count)
            } else {
                entries += u32(UInt32(dataStart + data.count))
                data += outOfLine(bytes)
            }
        }
        return entries + u32(0) + data
    }

    private func encode(_ value: Value) -> (type: UInt16, count: UInt32, bytes: [UInt8]) {
        switch value {
        case .ascii(let text): let bytes = Array(text.utf8) + [0]; return (2, UInt32(bytes.count), bytes)
        case .rawASCII(let bytes): return (2, UInt32(bytes.count), bytes)
        case .byte(let byte): return (1, 1, [byte])
        case .short(let number): return (3, 1, u16(number))
        case .long(let number): return (4, 1, u32(number))
        case .rational(let parts): return (5, UInt32(parts.count), parts.flatMap { u32($0.0) + u32($0.1) })
        case .srational(let parts):
            return (10, UInt32(parts.count), parts.flatMap { u32(UInt32(bitPattern: $0.0)) + u32(UInt32(bitPattern: $0.1)) })
        }
    }

    private func u16(_ value: UInt16) -> [UInt8] {
        let bytes = [UInt8(value >> 8), UInt8(value & 0xFF)]
        return bigEndian ? bytes : bytes.reversed()
    }

    private func u32(_ value: UInt32) -> [UInt8] {
        let bytes = [24, 16, 8, 0].map { UInt8((value >> $0) & 0xFF) }
        return bigEndian ? bytes : bytes.reversed()
    }
}

extension MetadataTIFF {
    /// A camera-like block: make, model, date, orientation, software, serial, lens and a GPS fix.
    static var camera: MetadataTIFF {
        MetadataTIFF(
            ifd0: [(0x010F, .ascii("Canon")), (0x0110, .ascii("Canon EOS 5D")), (0x0112, .short(6)), (0x0131, .ascii("Firmware 1.1"))],
            exif: [(0x9003, .ascii("2021:04:11 15:47:53")), (0xA431, .ascii("0123456789")), (0xA434, .ascii("EF24-105mm f/4L"))],
            gps: [
                (0x0001, .ascii("N")), (0x0002, .rational([(43, 1), (28, 1), (180_565, 10_000)])),
                (0x0003, .ascii("E")), (0x0004, .rational([(11, 1), (53, 1), (74_222, 10_000)])),
                (0x0005, .byte(0)), (0x0006, .rational([(1240, 10)])),
            ])
    }

    /// What `camera` decodes to.
    static let cameraEXIF = FileEXIF(
        make: "Canon", model: "Canon EOS 5D", dateTimeOriginal: "2021:04:11 15:47:53", orientation: 6,
        software: "Firmware 1.1", serialNumber: "0123456789", lensModel: "EF24-105mm f/4L",
        gpsLatitude: 43 + 28 / 60.0 + 18.0565 / 3600, gpsLongitude: 11 + 53 / 60.0 + 7.4222 / 3600, gpsAltitude: 124)
}

/// Feeding helpers: the result must not depend on how the bytes were split into chunks.
enum MetadataProbing {
    /// A byte at a time, an odd size, and the file reader's size.
    static let chunkSizes = [1, 7, 65_536]

    /// Feeds bytes to a fresh probe in chunks of `size`, then finishes; returns the result and the probe.
    static func run(_ bytes: [UInt8], chunk size: Int) -> (result: FileInspection, probe: EXIFProbe) {
        var probe = EXIFProbe()
        var offset = 0
        while offset < bytes.count {
            let end = min(bytes.count, offset + size)
            if case .done(let result) = probe.feed(Data(bytes[offset..<end])) { return (result, probe) }
            offset = end
        }
        return (probe.finish(), probe)
    }

    /// The common result of every chunk size and of `inspect(data:)`, or nil when they differ.
    static func allWays(_ bytes: [UInt8]) -> FileInspection? {
        let results = chunkSizes.map { run(bytes, chunk: $0).result } + [MediaInspector.inspect(data: Data(bytes))]
        return results.allSatisfy({ $0 == results[0] }) ? results[0] : nil
    }
}
