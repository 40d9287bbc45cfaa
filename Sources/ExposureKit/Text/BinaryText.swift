import Foundation

/// Text compared byte by byte, as SQLite's BINARY collation orders it.
enum BinaryText {
    /// Whether `a` sorts before `b` in an `ORDER BY` of SQLite.
    static func precedes(_ a: String, _ b: String) -> Bool {
        var (a, b) = (a, b)
        return a.withUTF8 { a in b.withUTF8 { b in a.lexicographicallyPrecedes(b) } }
    }
}
