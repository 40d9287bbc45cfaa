import Foundation

/// The export's `backup_uri` is sometimes a page on Facebook or Instagram, where the owner sees the
/// item's audience, and sometimes only a copy of the file on Meta's servers, which shows nothing.
public enum PlatformLink {
    /// The address when it is an https URL; nil for anything else, which is no link to follow.
    static func web(_ text: String) -> String? {
        guard let url = URL(string: text), url.scheme == "https", url.host != nil else { return nil }
        return text
    }

    /// The sites whose pages show an item to its owner.
    static let hosts = ["facebook.com", "instagram.com", "threads.net", "fb.com"]

    /// Whether the address opens the item on Facebook or Instagram itself, not a file on a CDN.
    public static func opensOnPlatform(_ link: String) -> Bool {
        guard let host = URL(string: link)?.host?.lowercased() else { return false }
        return hosts.contains { host == $0 || host.hasSuffix("." + $0) }
    }
}
