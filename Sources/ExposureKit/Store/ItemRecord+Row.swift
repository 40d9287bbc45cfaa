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
        id = row[0]
        exportId = row[1]
        archivePath = row[2]
        mediaType = row[3]
        fileStatus = row[4]
        fileFormat = row[5]
        fileSize = row[6]
        fileCRC32 = row[7]
        album = row[8]
        caption = row[9]
        postedAt = row[10]
        jsonTakenAt = row[11]
        jsonCameraMake = row[12]
        jsonCameraModel = row[13]
        jsonLatitude = row[14]
        jsonLongitude = row[15]
        uploadIP = row[16]
        jsonMetadata = row[17]
        exifStatus = row[18]
        exifProblem = row[19]
        exifMake = row[20]
        exifModel = row[21]
        exifDateTimeOriginal = row[22]
        exifOrientation = row[23]
        exifSoftware = row[24]
        exifSerialNumber = row[25]
        exifLensModel = row[26]
        exifLatitude = row[27]
        exifLongitude = row[28]
        exifAltitude = row[29]
        visibility = row[30]
        visibilitySource = row[31]
        wasPublic = row[32]
        lastScanId = row[33]
        fileStamp = row[34]
        exportVisibility = row[35]
        exportVisibilitySource = row[36]
        aiTraining = row[37]
        aiRule = row[38]
        aiReason = row[39]
        publicUntil = row[40]
        exportWasPublic = row[41]
        aiConfidence = row[42]
        aiMissing = row[43]
        videoCapturedAt = row[44]
        videoCaptureSource = row[45]
        videoContainerCreatedAt = row[46]
        videoLocationSource = row[47]
        videoDeviceName = row[48]
        videoDuration = row[49]
        videoWidth = row[50]
        videoHeight = row[51]
        videoTimedMetadata = row[52]
        timeSource = row[53]
        timePrecision = row[54]
        timeText = row[55]
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
