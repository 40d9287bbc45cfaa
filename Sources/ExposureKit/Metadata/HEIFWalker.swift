import Foundation

/// Walks the top-level boxes of a HEIF file: it buffers only the `meta` box, learns where the
/// `Exif` item lives, then skips forward to it (usually inside `mdat`) and collects just those bytes.
///
/// An EXIF item stored before its `meta` box cannot be reached in one forward pass and is
/// reported as unreadable; writers put `meta` first in practice.
struct HEIFWalker: ContainerWalker {
    /// Largest `meta` box buffered; real ones are a few KiB, image grids with many tiles a few hundred.
    static let maximumMetaSize: Int64 = 16 * 1024 * 1024

    private var pending: [HEIFExtent]?
    private var collected: [UInt8] = []

    mutating func advance(_ input: inout ByteQueue) throws -> WalkStep {
        if pending == nil, let step = try walkTopLevel(&input) { return step }
        return try collect(&input)
    }

    func endOfInput(_ input: ByteQueue) throws -> WalkStep {
        guard pending == nil, input.available == 0, input.pendingSkip == 0 else { throw MalformedMedia.truncated }
        return .absent  // ended cleanly between boxes without a meta box
    }

    /// Skips boxes until `meta`; returns a step unless it found extents to collect.
    private mutating func walkTopLevel(_ input: inout ByteQueue) throws -> WalkStep? {
        while true {
            guard let header = input.peek(8) else { return .needMore }
            var reader = ByteReader(header)
            let size32 = try reader.u32()
            let type = try reader.fourCC()
            var size: Int64? = Int64(size32)
            var headerSize: Int64 = 8
            if size32 == 1 {
                guard let large = input.peek(16) else { return .needMore }
                var largeReader = ByteReader(large.dropFirst(8))
                size = Int64(exactly: try largeReader.u64())
                guard size != nil else { throw MalformedMedia("The HEIF structure is damaged: a box size is out of range.") }
                headerSize = 16
            } else if size32 == 0 {
                size = nil  // the box runs to the end of the file
            }
            if let size, size < headerSize || size > Int64.max - input.position {
                throw MalformedMedia("The HEIF structure is damaged: a box size is out of range.")
            }
            if type == "meta" { return try readMeta(&input, size: size, headerSize: headerSize) }
            guard let size else { return .absent }  // last box, and no meta box came before it
            input.skip(size)
        }
    }

    private mutating func readMeta(_ input: inout ByteQueue, size: Int64?, headerSize: Int64) throws -> WalkStep? {
        guard let size, size <= Self.maximumMetaSize else {
            throw MalformedMedia("The HEIF metadata box is too large to read.")
        }
        guard let box = input.peek(Int(size)) else { return .needMore }
        let location = try HEIFMeta.exifLocation(metaPayload: box.dropFirst(Int(headerSize)))
        input.consume(Int(size))
        switch location {
        case .none: return .absent
        case .inMeta(let item): return .found(try Self.exifBlock(item: item[...]))
        case .inFile(let extents):
            pending = extents
            return nil
        }
    }

    /// Skips to each extent of the EXIF item in turn and keeps its bytes.
    private mutating func collect(_ input: inout ByteQueue) throws -> WalkStep {
        while let extent = pending?.first {
            guard extent.offset >= input.position else {
                throw MalformedMedia("The HEIF file stores its EXIF data before its index, which Exposure cannot read in one pass.")
            }
            input.skip(extent.offset - input.position)
            guard let bytes = input.peek(Int(extent.length)) else { return .needMore }
            collected += bytes
            input.consume(Int(extent.length))
            pending?.removeFirst()
        }
        return .found(try Self.exifBlock(item: collected[...]))
    }

    /// The EXIF item starts with a 4-byte offset from its end to the TIFF header.
    static func exifBlock(item: ArraySlice<UInt8>) throws -> Data {
        var reader = ByteReader(item)
        let offset = Int(try reader.u32())
        try reader.skip(offset)
        return EXIFBlock.make(from: reader.rest())
    }
}
