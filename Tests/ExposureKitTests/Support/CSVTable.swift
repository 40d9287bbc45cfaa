import Foundation

/// A parsed CSV, for comparing what `exposure export` wrote with a fixture's expected rows.
struct CSVTable: Equatable {
    var header: [String]
    var rows: [[String]]

    init(_ text: String) {
        var records = CSVTable.parse(text)
        header = records.isEmpty ? [] : records.removeFirst()
        rows = records
    }

    /// The rows as dictionaries keyed by column name.
    var records: [[String: String]] {
        rows.map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    /// Only the named columns, in that order.
    func projected(_ columns: [String]) -> [[String]] {
        records.map { record in columns.map { record[$0] ?? "<no column \($0)>" } }
    }

    /// RFC 4180: quoted fields may hold commas, doubled quotes and line breaks.
    static func parse(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var iterator = Array(text.unicodeScalars).makeIterator()
        var pending: Unicode.Scalar? = nil
        while let scalar = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if scalar == "\"" {
                    let next = iterator.next()
                    if next == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = next }
                } else {
                    field.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" {
                quoted = true
            } else if scalar == "," {
                record.append(field)
                field = ""
            } else if scalar == "\r" {
                continue
            } else if scalar == "\n" {
                record.append(field)
                records.append(record)
                record = []
                field = ""
            } else {
                field.unicodeScalars.append(scalar)
            }
        }
        if !field.isEmpty || !record.isEmpty {
            record.append(field)
            records.append(record)
        }
        return records
    }
}
