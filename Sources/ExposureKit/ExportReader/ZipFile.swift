import Foundation

/// One open zip, read through C stdio: `fseeko` and `fread` reach past 4 GB and allocate nothing per call.
final class ZipFile {
    /// The file's length in bytes, found when it is opened.
    let length: UInt64
    private let handle: UnsafeMutablePointer<FILE>

    /// Nil when the file cannot be opened for reading.
    init?(path: String) {
        guard let handle = fopen(path, "rb") else { return nil }
        guard fseeko(handle, 0, SEEK_END) == 0 else {
            fclose(handle)
            return nil
        }
        self.handle = handle
        length = UInt64(max(ftello(handle), 0))
    }

    deinit { fclose(handle) }

    /// Moves to `offset`; false when it lies past the end of the file.
    func seek(to offset: UInt64) -> Bool {
        offset <= length && fseeko(handle, off_t(offset), SEEK_SET) == 0
    }

    /// Exactly `count` bytes from the current position; nil when the file ends first.
    func read(_ count: Int) -> Data? {
        var data = Data(count: count)
        guard count > 0 else { return data }
        let got = data.withUnsafeMutableBytes { fread($0.baseAddress, 1, count, handle) }
        return got == count ? data : nil
    }

    /// Fills `buffer` from the current position as far as the file allows, for large sequential reads.
    func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        guard let base = buffer.baseAddress, !buffer.isEmpty else { return 0 }
        return fread(base, 1, buffer.count, handle)
    }
}

extension UnsafeRawBufferPointer {
    /// The little-endian integer at `offset`, as zip records store every number.
    func little<T: FixedWidthInteger>(_ offset: Int, as type: T.Type = T.self) -> T {
        T(littleEndian: loadUnaligned(fromByteOffset: offset, as: T.self))
    }
}
