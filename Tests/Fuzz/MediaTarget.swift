import Foundation

/// libFuzzer entry for the media walkers and libexif: the input goes through `EXIFProbe` in pieces (as
/// a zip member is inflated) and through `MediaInspector` as a whole file's bytes; any crash, leak,
/// hang or unbounded allocation is a finding (docs/fuzzing.md).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMedia(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    let piece = 1 + Int(data.last ?? 0) * 16
    var probe = EXIFProbe()
    var offset = 0
    while offset < data.count {
        let skip = Int(min(probe.bytesToSkip, Int64(data.count - offset)))
        if skip > 0 {
            probe.didSkip(Int64(skip))
            offset += skip
            continue
        }
        let end = min(offset + max(piece, probe.bytesWanted), data.count)
        if case .done = probe.feed(data.subdata(in: offset..<end)) { return 0 }
        offset = end
    }
    _ = probe.finish()
    return 0
}
