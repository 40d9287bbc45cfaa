import GRDB

/// The schema as named steps, so a database written by any earlier version is brought up to date.
enum Migrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1 exports, scans and items", migrate: createExportsScansItems)
        migrator.registerMigration("v2 facts, visibility overrides and AI-training verdicts", migrate: addFactsAndVerdicts)
        migrator.registerMigration("v3 public-until and verdict details", migrate: addVerdictDetails)
        migrator.registerMigration("v4 stamp of the zip files themselves", migrate: addPartsStamp)
        migrator.registerMigration("v5 drop a second index on itemSource.itemId") { db in
            try db.drop(index: "index_itemSource_on_itemId")
        }
        migrator.registerMigration("v6 review: links, answers by place and questions split as mixed", migrate: addReview)
        migrator.registerMigration("v7 item state at each scan", migrate: ItemStates.createTable)
        migrator.registerMigration("v8 video metadata", migrate: addVideoMetadata)
        migrator.registerMigration("v9 html export times", migrate: addTimeSource)
        migrator.registerMigration("v10 media files accounted per scan", migrate: MediaFileStore.createTable)
        return migrator
    }

    private static func createExportsScansItems(_ db: Database) throws {
        try db.create(table: "export") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("platform", .text).notNull()
            t.column("name", .text).notNull()
            t.uniqueKey(["platform", "name"])
        }
        try db.create(table: "scan") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("export", onDelete: .cascade).notNull()
            t.column("startedAt", .text).notNull()
            t.column("finishedAt", .text).notNull()
            t.column("parts", .text).notNull()
            t.column("layout", .text).notNull()
            t.column("jsonFiles", .integer).notNull()
            t.column("itemCount", .integer).notNull()
            t.column("missingCount", .integer).notNull()
            t.column("unreferencedCount", .integer).notNull()
        }
        try db.create(table: "scanWarning") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("scan", onDelete: .cascade).notNull()
            t.column("file", .text).notNull()
            t.column("message", .text).notNull()
        }
        try createItem(db)
        try db.create(table: "itemSource") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("item", onDelete: .cascade).notNull()
            t.column("kind", .text).notNull()
            t.column("jsonFile", .text).notNull()
            t.column("uri", .text).notNull()
        }
        try db.create(table: "accountFact") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("export", onDelete: .cascade).notNull()
            t.column("name", .text).notNull()
            t.column("value", .text).notNull()
            t.column("file", .text).notNull()
            t.column("at", .text)
        }
    }

    private static func addFactsAndVerdicts(_ db: Database) throws {
        try db.alter(table: "item") { t in
            t.add(column: "fileStamp", .text)
            t.add(column: "exportVisibility", .text)
            t.add(column: "exportVisibilitySource", .text)
            t.add(column: "aiTraining", .text)
            t.add(column: "aiRule", .text)
            t.add(column: "aiReason", .text)
        }
        try db.alter(table: "scan") { t in
            t.add(column: "exportStamp", .text)
            t.add(column: "unchanged", .boolean).notNull().defaults(to: false)
        }
        try db.execute(sql: "UPDATE item SET exportVisibility = visibility, exportVisibilitySource = visibilitySource")
        try db.create(table: "fact") { t in
            t.primaryKey("name", .text)
            t.column("value", .text).notNull()
            t.column("origin", .text).notNull()
            t.column("detail", .text)
        }
        try db.create(table: "visibilityOverride") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("visibility", .text).notNull()
            t.column("platform", .text)
            t.column("album", .text)
            t.column("source", .text)
            t.column("before", .text)
            t.column("after", .text)
            t.column("pathGlob", .text)
            t.column("createdAt", .text).notNull()
        }
        try db.create(table: "setting") { t in
            t.primaryKey("name", .text)
            t.column("value", .text).notNull()
        }
        try db.create(indexOn: "item", columns: ["aiTraining"])
        try db.create(indexOn: "itemSource", columns: ["itemId"])
    }

    private static func addVerdictDetails(_ db: Database) throws {
        try db.alter(table: "item") { t in
            t.add(column: "publicUntil", .text)
            t.add(column: "exportWasPublic", .text)
            t.add(column: "aiConfidence", .text)
            t.add(column: "aiMissing", .text)
        }
        try db.execute(sql: "UPDATE item SET exportWasPublic = wasPublic")
        try db.alter(table: "visibilityOverride") { t in
            t.add(column: "sincePosting", .boolean).notNull().defaults(to: false)
        }
    }

    private static func addPartsStamp(_ db: Database) throws {
        try db.alter(table: "scan") { t in t.add(column: "partsStamp", .text) }
        try db.create(indexOn: "scan", columns: ["partsStamp"])
    }

    private static func addReview(_ db: Database) throws {
        try db.alter(table: "itemSource") { t in t.add(column: "link", .text) }
        try db.alter(table: "visibilityOverride") { t in
            t.add(column: "place", .text)
            t.add(column: "undated", .boolean).notNull().defaults(to: false)
            t.add(column: "unanswered", .boolean).notNull().defaults(to: false)
        }
        try db.create(table: "reviewSplit") { t in
            t.primaryKey("question", .text)
            t.column("createdAt", .text).notNull()
        }
    }

    /// What a video's own boxes say beyond the columns it shares with a photo's EXIF.
    private static func addVideoMetadata(_ db: Database) throws {
        try db.alter(table: "item") { t in
            t.add(column: "videoCapturedAt", .text)
            t.add(column: "videoCaptureSource", .text)
            t.add(column: "videoContainerCreatedAt", .text)
            t.add(column: "videoLocationSource", .text)
            t.add(column: "videoDeviceName", .text)
            t.add(column: "videoDuration", .double)
            t.add(column: "videoWidth", .integer)
            t.add(column: "videoHeight", .integer)
            t.add(column: "videoTimedMetadata", .text)
        }
    }

    /// How each item's time was obtained, since an HTML export shows times less exactly than JSON.
    private static func addTimeSource(_ db: Database) throws {
        try db.alter(table: "item") { t in
            t.add(column: "timeSource", .text)
            t.add(column: "timePrecision", .text)
            t.add(column: "timeText", .text)
        }
    }

    private static func createItem(_ db: Database) throws {
        try db.create(table: "item") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("export", onDelete: .cascade).notNull()
            t.column("archivePath", .text).notNull()
            t.column("mediaType", .text).notNull()
            t.column("fileStatus", .text).notNull()
            t.column("fileFormat", .text)
            t.column("fileSize", .integer)
            t.column("fileCRC32", .integer)
            t.column("album", .text)
            t.column("caption", .text)
            t.column("postedAt", .text)
            t.column("jsonTakenAt", .text)
            t.column("jsonCameraMake", .text)
            t.column("jsonCameraModel", .text)
            t.column("jsonLatitude", .double)
            t.column("jsonLongitude", .double)
            t.column("uploadIP", .text)
            t.column("jsonMetadata", .text)
            t.column("exifStatus", .text).notNull()
            t.column("exifProblem", .text)
            t.column("exifMake", .text)
            t.column("exifModel", .text)
            t.column("exifDateTimeOriginal", .text)
            t.column("exifOrientation", .integer)
            t.column("exifSoftware", .text)
            t.column("exifSerialNumber", .text)
            t.column("exifLensModel", .text)
            t.column("exifLatitude", .double)
            t.column("exifLongitude", .double)
            t.column("exifAltitude", .double)
            t.column("visibility", .text).notNull()
            t.column("visibilitySource", .text).notNull()
            t.column("wasPublic", .text)
            t.column("lastScanId", .integer).notNull()
            t.uniqueKey(["exportId", "archivePath"])
        }
    }
}
