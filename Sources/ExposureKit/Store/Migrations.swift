import GRDB

/// The schema as named steps, so a database written by any earlier version is brought up to date.
enum Migrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1 exports, scans and items", migrate: createExportsScansItems)
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
