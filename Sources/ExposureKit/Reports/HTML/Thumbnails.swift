import Foundation

/// The previews the HTML report's table shows, and a plain note of what it left out and why, so a
/// missing picture never looks like a bug.
public enum Thumbnails {
    /// The limits and place that decide which previews a report carries.
    public struct Options: Sendable {
        /// Embed images as data URIs (needed for a zip export; makes the file larger but portable).
        public var embed: Bool
        /// The most bytes of images to embed in all.
        public var embedLimit: Int
        /// The folder the report is written to, which relative image paths start from.
        public var reportFolder: URL
        /// Larger images are never embedded: they would only ever be shown 64 pixels wide.
        public static let perImageLimit = 4 << 20

        public init(embed: Bool, embedLimit: Int, reportFolder: URL) {
            self.embed = embed
            self.embedLimit = embedLimit
            self.reportFolder = reportFolder
        }
    }

    /// Formats every current browser shows, by the MIME type a data URI names.
    static let browserFormats = ["jpeg": "image/jpeg", "png": "image/png", "gif": "image/gif", "webp": "image/webp"]
}
