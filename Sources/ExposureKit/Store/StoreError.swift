import Foundation
import GRDB

/// Why the database cannot be used, worded for the user: never SQLite's own text.
public enum StoreError: Error, CustomStringConvertible, Equatable {
    case cannotCreate(String, String)
    case cannotOpen(String, String)
    case noDatabase(String)
    case newerSchema(String)
    case notExposure(String)
    case readOnly(String)
    case busy(String, TimeInterval)
    case failed(String, String)

    public var description: String {
        switch self {
        case .cannotCreate(let path, let why):
            return "\(path): cannot create the database: \(why). Choose another place with --db."
        case .cannotOpen(let path, let why):
            return "\(path): cannot open the database: \(why)."
        case .noDatabase(let path):
            return "\(path): no database here yet. Run `exposure scan` on your export first, or point --db at the database you scanned into."
        case .newerSchema(let path):
            return "\(path): this database was written by a newer version of Exposure. Update Exposure to read it."
        case .notExposure(let path):
            return "\(path): this file is not an Exposure database. Point --db at the database `exposure scan` wrote, or at a new file."
        case .readOnly(let path):
            return "\(path): the database is read-only, so this command cannot change it. Check the file's and its folder's permissions, or copy it somewhere writable and use --db."
        case .busy(let path, let limit):
            return "\(path): another exposure command kept the database busy for \(Self.duration(limit)). Run this again once it has finished."
        case .failed(let path, let why):
            return "\(path): the database could not be used: \(why)."
        }
    }

    /// SQLite's failure on the database at `path`, in words; other errors pass through unchanged.
    static func translating(_ error: any Error, path: String, wait: TimeInterval) -> any Error {
        guard let error = error as? DatabaseError else { return error }
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: return busy(path, wait)
        case .SQLITE_READONLY: return readOnly(path)
        case .SQLITE_NOTADB: return notExposure(path)
        case .SQLITE_CORRUPT: return failed(path, "the file is damaged. Scan your export again into a new file with --db")
        case .SQLITE_FULL: return failed(path, "the disk is full. Free some space and run this again")
        case .SQLITE_CANTOPEN: return cannotOpen(path, "the file or its folder cannot be opened. Check that they exist and that you may write there")
        case .SQLITE_IOERR: return failed(path, "reading or writing the file failed. Check the disk")
        case .SQLITE_PERM, .SQLITE_AUTH: return readOnly(path)
        default: return failed(path, "an unexpected database problem occurred (code \(error.resultCode.primaryResultCode.rawValue))")
        }
    }

    private static func duration(_ seconds: TimeInterval) -> String {
        seconds >= 120 ? "\(Int(seconds / 60)) minutes" : "\(Int(seconds)) seconds"
    }
}
