import GRDB

/// Rows read and written column by column rather than through `Codable`: items are the one table
/// with tens of thousands of rows, and the coder's per-field overhead dominated scans and reports.
extension ItemRecord {
    /// Every column but `id`, in the order of `values`.
    static let columnNames = [
        "exportId",
        "archivePath",
        "mediaType",
        "fileStatus",
        "fileFormat",
        "fileSize",
        "fileCRC32",
        "album",
        "caption",
        "postedAt",
        "jsonTakenAt",
        "jsonCameraMake",
        "jsonCameraModel",
        "jsonLatitude",
        "jsonLongitude",
        "uploadIP",
        "jsonMetadata",
        "exifStatus",
        "exifProblem",
        "exifMake",
        "exifModel",
        "exifDateTimeOriginal",
        "exifOrientation",
        "exifSoftware",
        "exifSerialNumber",
        "exifLensModel",
        "exifLatitude",
        "exifLongitude",
        "exifAltitude",
        "visibility",
        "visibilitySource",
        "wasPublic",
        "lastScanId",
        "fileStamp",
        "exportVisibility",
        "exportVisibilitySource",
        "aiTraining",
        "aiRule",
        "aiReason",
        "publicUntil",
        "exportWasPublic",
        "aiConfidence",
        "aiMissing",
        "videoCapturedAt",
        "videoCaptureSource",
        "videoContainerCreatedAt",
        "videoLocationSource",
        "videoDeviceName",
        "videoDuration",
        "videoWidth",
        "videoHeight",
        "videoTimedMetadata",
        "timeSource",
        "timePrecision",
        "timeText",
    ]

    /// Every request selects `id` then `columnNames`, so rows are read by position, not by name.
    public static var databaseSelection: [any SQLSelectable] {
        [Column("id")] + columnNames.map { Column($0) }
    }

    public init(row: Row) {
        self.init(row: row, reading: .all)
    }

    /// An item of which only `columns` were read: every other column that may be empty is nil.
    init(row: Row, reading columns: ItemColumns) {
        id = row[0]
        exportId = row[1]
        archivePath = row[2]
        mediaType = row[3]
        fileStatus = row[4]
        fileFormat = columns.reads(5) ? row[5] : nil
        fileSize = columns.reads(6) ? row[6] : nil
        fileCRC32 = columns.reads(7) ? row[7] : nil
        album = columns.reads(8) ? row[8] : nil
        caption = columns.reads(9) ? row[9] : nil
        postedAt = columns.reads(10) ? row[10] : nil
        jsonTakenAt = columns.reads(11) ? row[11] : nil
        jsonCameraMake = columns.reads(12) ? row[12] : nil
        jsonCameraModel = columns.reads(13) ? row[13] : nil
        jsonLatitude = columns.reads(14) ? row[14] : nil
        jsonLongitude = columns.reads(15) ? row[15] : nil
        uploadIP = columns.reads(16) ? row[16] : nil
        jsonMetadata = columns.reads(17) ? row[17] : nil
        exifStatus = row[18]
        exifProblem = columns.reads(19) ? row[19] : nil
        exifMake = columns.reads(20) ? row[20] : nil
        exifModel = columns.reads(21) ? row[21] : nil
        exifDateTimeOriginal = columns.reads(22) ? row[22] : nil
        exifOrientation = columns.reads(23) ? row[23] : nil
        exifSoftware = columns.reads(24) ? row[24] : nil
        exifSerialNumber = columns.reads(25) ? row[25] : nil
        exifLensModel = columns.reads(26) ? row[26] : nil
        exifLatitude = columns.reads(27) ? row[27] : nil
        exifLongitude = columns.reads(28) ? row[28] : nil
        exifAltitude = columns.reads(29) ? row[29] : nil
        visibility = row[30]
        visibilitySource = row[31]
        wasPublic = columns.reads(32) ? row[32] : nil
        lastScanId = row[33]
        fileStamp = columns.reads(34) ? row[34] : nil
        exportVisibility = columns.reads(35) ? row[35] : nil
        exportVisibilitySource = columns.reads(36) ? row[36] : nil
        aiTraining = columns.reads(37) ? row[37] : nil
        aiRule = columns.reads(38) ? row[38] : nil
        aiReason = columns.reads(39) ? row[39] : nil
        publicUntil = columns.reads(40) ? row[40] : nil
        exportWasPublic = columns.reads(41) ? row[41] : nil
        aiConfidence = columns.reads(42) ? row[42] : nil
        aiMissing = columns.reads(43) ? row[43] : nil
        videoCapturedAt = columns.reads(44) ? row[44] : nil
        videoCaptureSource = columns.reads(45) ? row[45] : nil
        videoContainerCreatedAt = columns.reads(46) ? row[46] : nil
        videoLocationSource = columns.reads(47) ? row[47] : nil
        videoDeviceName = columns.reads(48) ? row[48] : nil
        videoDuration = columns.reads(49) ? row[49] : nil
        videoWidth = columns.reads(50) ? row[50] : nil
        videoHeight = columns.reads(51) ? row[51] : nil
        videoTimedMetadata = columns.reads(52) ? row[52] : nil
        timeSource = columns.reads(53) ? row[53] : nil
        timePrecision = columns.reads(54) ? row[54] : nil
        timeText = columns.reads(55) ? row[55] : nil
    }

    /// The values of `columnNames`, in order.
    var values: [(any DatabaseValueConvertible)?] {
        [
            exportId,
            archivePath,
            mediaType,
            fileStatus,
            fileFormat,
            fileSize,
            fileCRC32,
            album,
            caption,
            postedAt,
            jsonTakenAt,
            jsonCameraMake,
            jsonCameraModel,
            jsonLatitude,
            jsonLongitude,
            uploadIP,
            jsonMetadata,
            exifStatus,
            exifProblem,
            exifMake,
            exifModel,
            exifDateTimeOriginal,
            exifOrientation,
            exifSoftware,
            exifSerialNumber,
            exifLensModel,
            exifLatitude,
            exifLongitude,
            exifAltitude,
            visibility,
            visibilitySource,
            wasPublic,
            lastScanId,
            fileStamp,
            exportVisibility,
            exportVisibilitySource,
            aiTraining,
            aiRule,
            aiReason,
            publicUntil,
            exportWasPublic,
            aiConfidence,
            aiMissing,
            videoCapturedAt,
            videoCaptureSource,
            videoContainerCreatedAt,
            videoLocationSource,
            videoDeviceName,
            videoDuration,
            videoWidth,
            videoHeight,
            videoTimedMetadata,
            timeSource,
            timePrecision,
            timeText,
        ]
    }

    public func encode(to container: inout PersistenceContainer) {
        container["id"] = id
        for (name, value) in zip(Self.columnNames, values) { container[name] = value }
    }

    /// Inserts through one prepared statement, reused for every item of a scan.
    mutating func insert(with statement: Statement, _ db: Database) throws {
        try statement.execute(arguments: StatementArguments(values))
        id = db.lastInsertedRowID
    }

    /// The statement `insert(with:)` runs.
    static func insertStatement(_ db: Database) throws -> Statement {
        let placeholders = Array(repeating: "?", count: columnNames.count).joined(separator: ", ")
        return try db.cachedStatement(sql: "INSERT INTO item (\(columnNames.joined(separator: ", "))) VALUES (\(placeholders))")
    }
}
