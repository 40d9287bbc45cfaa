import GRDB

/// Rows read and written column by column rather than through `Codable`: items are the one table
/// with tens of thousands of rows, and the coder's per-field overhead dominated scans and reports.
extension ItemRecord {
    public init(row: Row) {
        id = row["id"]
        exportId = row["exportId"]
        archivePath = row["archivePath"]
        mediaType = row["mediaType"]
        fileStatus = row["fileStatus"]
        fileFormat = row["fileFormat"]
        fileSize = row["fileSize"]
        fileCRC32 = row["fileCRC32"]
        album = row["album"]
        caption = row["caption"]
        postedAt = row["postedAt"]
        jsonTakenAt = row["jsonTakenAt"]
        jsonCameraMake = row["jsonCameraMake"]
        jsonCameraModel = row["jsonCameraModel"]
        jsonLatitude = row["jsonLatitude"]
        jsonLongitude = row["jsonLongitude"]
        uploadIP = row["uploadIP"]
        jsonMetadata = row["jsonMetadata"]
        exifStatus = row["exifStatus"]
        exifProblem = row["exifProblem"]
        exifMake = row["exifMake"]
        exifModel = row["exifModel"]
        exifDateTimeOriginal = row["exifDateTimeOriginal"]
        exifOrientation = row["exifOrientation"]
        exifSoftware = row["exifSoftware"]
        exifSerialNumber = row["exifSerialNumber"]
        exifLensModel = row["exifLensModel"]
        exifLatitude = row["exifLatitude"]
        exifLongitude = row["exifLongitude"]
        exifAltitude = row["exifAltitude"]
        visibility = row["visibility"]
        visibilitySource = row["visibilitySource"]
        wasPublic = row["wasPublic"]
        lastScanId = row["lastScanId"]
        fileStamp = row["fileStamp"]
        exportVisibility = row["exportVisibility"]
        exportVisibilitySource = row["exportVisibilitySource"]
        aiTraining = row["aiTraining"]
        aiRule = row["aiRule"]
        aiReason = row["aiReason"]
        publicUntil = row["publicUntil"]
        exportWasPublic = row["exportWasPublic"]
        aiConfidence = row["aiConfidence"]
        aiMissing = row["aiMissing"]
    }

    public func encode(to container: inout PersistenceContainer) {
        container["id"] = id
        container["exportId"] = exportId
        container["archivePath"] = archivePath
        container["mediaType"] = mediaType
        container["fileStatus"] = fileStatus
        container["fileFormat"] = fileFormat
        container["fileSize"] = fileSize
        container["fileCRC32"] = fileCRC32
        container["album"] = album
        container["caption"] = caption
        container["postedAt"] = postedAt
        container["jsonTakenAt"] = jsonTakenAt
        container["jsonCameraMake"] = jsonCameraMake
        container["jsonCameraModel"] = jsonCameraModel
        container["jsonLatitude"] = jsonLatitude
        container["jsonLongitude"] = jsonLongitude
        container["uploadIP"] = uploadIP
        container["jsonMetadata"] = jsonMetadata
        container["exifStatus"] = exifStatus
        container["exifProblem"] = exifProblem
        container["exifMake"] = exifMake
        container["exifModel"] = exifModel
        container["exifDateTimeOriginal"] = exifDateTimeOriginal
        container["exifOrientation"] = exifOrientation
        container["exifSoftware"] = exifSoftware
        container["exifSerialNumber"] = exifSerialNumber
        container["exifLensModel"] = exifLensModel
        container["exifLatitude"] = exifLatitude
        container["exifLongitude"] = exifLongitude
        container["exifAltitude"] = exifAltitude
        container["visibility"] = visibility
        container["visibilitySource"] = visibilitySource
        container["wasPublic"] = wasPublic
        container["lastScanId"] = lastScanId
        container["fileStamp"] = fileStamp
        container["exportVisibility"] = exportVisibility
        container["exportVisibilitySource"] = exportVisibilitySource
        container["aiTraining"] = aiTraining
        container["aiRule"] = aiRule
        container["aiReason"] = aiReason
        container["publicUntil"] = publicUntil
        container["exportWasPublic"] = exportWasPublic
        container["aiConfidence"] = aiConfidence
        container["aiMissing"] = aiMissing
    }
}
