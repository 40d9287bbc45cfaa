import ArgumentParser
import ExposureKit
import Foundation

/// Runs a command's work and turns any failure into one plain line on standard error and exit code 1,
/// never a stack trace.
func reportingErrors(_ work: () throws -> Void) throws {
    do {
        try work()
    } catch let exit as ExitCode {
        throw exit
    } catch let stopped as ScanCancelled {
        FileHandle.standardError.write(Data("exposure: \(stopped)\n".utf8))
        throw ExitCode(130)
    } catch {
        FileHandle.standardError.write(Data("exposure: \(error)\n".utf8))
        throw ExitCode.failure
    }
}

/// Writes text to standard output without Swift's print buffering surprises on large outputs.
func writeOut(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
}
