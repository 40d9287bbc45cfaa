extension ItemGroups {
    /// Which of the columns that give something away an item has filled, one bit each.
    struct Filled: OptionSet, Hashable {
        let rawValue: Int
        static let jsonLatitude = Filled(rawValue: 1)
        static let jsonLongitude = Filled(rawValue: 2)
        static let fileLatitude = Filled(rawValue: 4)
        static let fileLongitude = Filled(rawValue: 8)
        static let cameraSerial = Filled(rawValue: 16)
        static let uploadIP = Filled(rawValue: 32)

        static let gpsInJSON: Filled = [.jsonLatitude, .jsonLongitude]
        static let gpsInFile: Filled = [.fileLatitude, .fileLongitude]
        /// Any of these may put a public item on the report's list.
        static let givesSomethingAway: Filled = [.jsonLatitude, .fileLatitude, .cameraSerial, .uploadIP]

        private static let columns: [(Filled, String)] = [
            (.jsonLatitude, "jsonLatitude"), (.jsonLongitude, "jsonLongitude"), (.fileLatitude, "exifLatitude"),
            (.fileLongitude, "exifLongitude"), (.cameraSerial, "exifSerialNumber"), (.uploadIP, "uploadIP"),
        ]

        /// What an item with these columns filled gives away, by the rules of `ItemRecord.giveaways`.
        var giveaways: Set<Giveaway> {
            var found = Set<Giveaway>()
            let json = intersection(.gpsInJSON), file = intersection(.gpsInFile)
            if json == .gpsInJSON || (json.isEmpty && file == .gpsInFile) { found.insert(.location) }
            if contains(.cameraSerial) { found.insert(.cameraSerial) }
            if contains(.uploadIP) { found.insert(.uploadIP) }
            return found
        }

        /// The SQL expression whose value is an item's `Filled`.
        static let sql = columns.map { "\($0.0.rawValue) * (\($0.1) IS NOT NULL)" }.joined(separator: " + ")
    }
}
