/// EXIF's zone-less local times (`2019:03:01 12:00:00`) in ISO form (`2019-03-01T12:00:00`).
enum LocalTime {
    static func iso(_ exif: String) -> String? {
        let digits = exif.filter(\.isNumber)
        guard digits.count == 14 else { return nil }
        let d = Array(digits)
        let date = "\(String(d[0..<4]))-\(String(d[4..<6]))-\(String(d[6..<8]))"
        return "\(date)T\(String(d[8..<10])):\(String(d[10..<12])):\(String(d[12..<14]))"
    }
}
