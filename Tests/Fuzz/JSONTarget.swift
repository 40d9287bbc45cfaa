import Foundation

/// libFuzzer entry for the JSON splitter and parser: the input is fed to the splitter in pieces whose
/// sizes come from its first byte, in each of the three ways importers read files, and parsed whole;
/// a crash, hang or unbounded allocation is a finding (docs/fuzzing.md).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    _ = try? JSONValue.parse(data)
    let piece = 1 + Int(data.first ?? 0) % 97
    for (arrays, topLevelArray) in [(JSONElementSplitter.MemberArrays.none, true), (.first, true), (.named(["photos"]), false)] {
        var splitter = JSONElementSplitter(arrays: arrays, topLevelArray: topLevelArray)
        var offset = 0
        do {
            while offset < data.count {
                let end = min(offset + piece, data.count)
                try splitter.feed(data.subdata(in: offset..<end), member: { _, value in _ = value.compactText }) { _ = $0.text }
                offset = end
            }
            _ = try splitter.finish { _ in }
        } catch {
            _ = "\(error)"
        }
    }
    return 0
}
