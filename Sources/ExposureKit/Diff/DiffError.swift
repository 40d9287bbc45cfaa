/// Why `exposure diff` cannot compare what it was given, in words that say what to do instead.
public struct DiffError: Error, CustomStringConvertible {
    public let description: String

    static func unknownSide(_ name: String, known: [String]) -> DiffError {
        let list = known.isEmpty ? "there is none yet" : "the exports are " + known.joined(separator: ", ")
        return DiffError(description: "no export or scan named \(name) in the database (\(list)). Give an export's name or a scan's number.")
    }

    static func noExports() -> DiffError {
        DiffError(description: "no export is in the database yet. Scan two exports of one account first, then run exposure diff.")
    }

    static func onlyOne(_ export: String, account: String?) -> DiffError {
        let whose = account.map { " of the account \($0)" } ?? ""
        return DiffError(description: """
            \(export) is the only export\(whose) in the database. Scan the other export too, or name both sides: exposure diff OLD NEW.
            """)
    }

    static func platforms(_ old: DiffSide, _ new: DiffSide) -> DiffError {
        DiffError(description: """
            \(old.label) is from \(old.platform.displayName) and \(new.label) from \(new.platform.displayName): \
            exposure diff compares two exports or scans of the same account.
            """)
    }

    static func sameSide(_ side: DiffSide) -> DiffError {
        DiffError(description: "both sides are \(side.label). Name two different exports, or a scan and the export's name for its state now.")
    }

    static func noCopy(scan: Int64, export: String, unchanged: Bool, lastKept: Int64?) -> DiffError {
        let why = unchanged ? "read nothing again (the export was unchanged), so it kept no copy of the items"
            : "kept no copy of the items (it was made before exposure diff existed, or found no item)"
        let instead = lastKept.map { "scan \($0), the last that read it, or " } ?? ""
        return DiffError(description: "scan \(scan) of \(export) \(why). Name \(instead)\(export) for its state now.")
    }

    static func tooMany() -> DiffError {
        DiffError(description: "give at most two sides: exposure diff OLD NEW.")
    }
}
