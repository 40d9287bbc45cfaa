import Foundation

/// Escaping for everything the HTML report prints, because captions, album names and paths come from
/// the export and must never become markup.
enum HTMLText {
    /// Text safe inside an element or a quoted attribute.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// A number as people read it, 1,284.
    static func count(_ value: Int) -> String { Count.text(value) }

    /// A link that opens only when clicked, tells the site nothing about this page, and only for web addresses.
    static func link(_ url: String, text: String? = nil) -> String {
        guard url.hasPrefix("https://") || url.hasPrefix("http://") else { return escape(url) }
        return "<a href=\"\(escape(url))\" rel=\"noopener noreferrer\" target=\"_blank\">\(escape(text ?? url))</a>"
    }

    /// The `'sha256-…'` source expression that lets exactly this inline text run under the page's CSP.
    static func cspHash(_ text: String) -> String {
        "'sha256-" + Data(SHA256.digest(Array(text.utf8))).base64EncodedString() + "'"
    }
}
