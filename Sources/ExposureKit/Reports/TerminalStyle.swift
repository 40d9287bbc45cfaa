import Foundation

/// ANSI colour for the terminal report, used only where a person is looking at a terminal that
/// wants it, so pipes, files and NO_COLOR users get plain text.
public struct TerminalStyle: Sendable {
    public let colour: Bool

    public init(colour: Bool) {
        self.colour = colour
    }

    /// Colour when standard output is a terminal and NO_COLOR is not set (https://no-color.org).
    public static func forStandardOutput(environment: [String: String] = ProcessInfo.processInfo.environment) -> TerminalStyle {
        TerminalStyle(colour: isatty(STDOUT_FILENO) == 1 && environment["NO_COLOR"] == nil)
    }

    func bold(_ text: String) -> String { paint(text, "1") }
    func red(_ text: String) -> String { paint(text, "31") }
    func yellow(_ text: String) -> String { paint(text, "33") }
    func green(_ text: String) -> String { paint(text, "32") }
    func dim(_ text: String) -> String { paint(text, "2") }

    /// A verdict word in the colour of its meaning, padded to `width` outside the colour codes.
    func verdict(_ word: String, width: Int = 0) -> String {
        let padding = String(repeating: " ", count: max(0, width - word.count))
        switch word {
        case "used": return red(word) + padding
        case "excluded": return green(word) + padding
        default: return yellow(word) + padding
        }
    }

    private func paint(_ text: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}

extension String {
    /// Export text made safe to print: a caption's control characters (such as an escape sequence that
    /// would repaint the terminal) and line breaks become spaces.
    var terminalSafe: String {
        String(unicodeScalars.map { scalar in
            scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}"
                ? " " : Character(scalar)
        })
    }

    /// At most `limit` characters, with an ellipsis when cut.
    func shortened(_ limit: Int) -> String {
        count <= limit ? self : String(prefix(limit - 1)) + "…"
    }
}
