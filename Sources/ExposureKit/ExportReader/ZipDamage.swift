/// Why a zip or one of its members cannot be read, worded for the `ExportError` that names the file.
struct ZipDamage: Error, Equatable {
    let why: String

    static let noDirectory = ZipDamage(why: "it is damaged or not a zip file (its table of contents is missing)")
    static let brokenDirectory = ZipDamage(why: "it is damaged (its table of contents is cut short or garbled)")
    static let brokenData = ZipDamage(why: "its compressed data is damaged or cut short")
    static let otherMethod = ZipDamage(why: "it is compressed with a method other than deflate")
    static let encrypted = ZipDamage(why: "it is encrypted with a password")
}
