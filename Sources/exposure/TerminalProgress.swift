import ExposureKit
import Foundation

/// Draws the scan's progress line on standard error, in place, when it is a terminal.
struct TerminalProgress: Sendable {
    let enabled: Bool

    func show(_ snapshot: ScanProgress.Snapshot) {
        guard enabled else { return }
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + ProgressLine.text(snapshot)).utf8))
    }

    func clear() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}

/// Turns the first Ctrl-C into a clean stop and a second one into an immediate exit; either way the
/// scan's transaction is never committed half-way.
final class Interrupts: @unchecked Sendable {
    private let source: DispatchSourceSignal
    private var count = 0

    init(onFirst: @escaping @Sendable () -> Void) {
        signal(SIGINT, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler { [unowned self] in
            count += 1
            if count == 1 {
                FileHandle.standardError.write(Data("\nStopping; the database will be left as it was.\n".utf8))
                onFirst()
            } else {
                exit(130)
            }
        }
        source.resume()
    }

    func stop() {
        source.cancel()
        signal(SIGINT, SIG_DFL)
    }
}
