import Foundation

/// libFuzzer entry for our zip reader: the input is written to a file and read as a scan reads a zip
/// part: the end record (ZIP64 too), the central directory, then every member through its local header,
/// in chunks of 61 bytes to 64 KiB chosen by the last byte (smaller ones only make ZIPFoundation's
/// inflater crawl), with stored members' bytes partly seeked over. A crash, hang, unbounded
/// allocation or an error other than `ExportError` is a finding (docs/fuzzing.md).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzZip(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    guard (try? data.write(to: ZipInput.url)) != nil else { return 0 }
    let last = Int(data.last ?? 0)
    do {
        let part = try ZipPart(url: ZipInput.url)
        var budget = ZipInput.bytesPerInput
        for (number, member) in try part.members().enumerated() where budget > 0 {
            var seeking = false
            do {
                try part.read(
                    Int32(number), at: member.location, chunkSize: 61 + last * 257,
                    skip: { seeking.toggle(); return seeking ? Int64(last) * 3 : 0 }, skipped: { _ in }
                ) { chunk in
                    budget -= chunk.count
                    return budget > 0
                }
            } catch is ExportError {
                continue
            }
        }
    } catch is ExportError {
        return 0
    } catch {
        fatalError("the zip reader threw something other than an ExportError: \(error)")
    }
    return 0
}

enum ZipInput {
    /// One file per fuzzing process, in the folder `Tests/Fuzz/run` makes for the run and removes after it.
    static let url = FuzzScratch.folder.appendingPathComponent("zip-\(getpid()).zip")

    /// What one input may inflate in all, so a small zip bomb costs time, not the run.
    static let bytesPerInput = 4 << 20
}
