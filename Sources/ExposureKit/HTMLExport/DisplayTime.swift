import Foundation

/// How finely a time in an export is known, so a verdict near a rule's date is not decided on a guess.
public enum TimePrecision: String, Sendable, Codable {
    case second, minute, day
}

/// A time an HTML page shows as text (`Jul 26, 2024 12:48:39pm`, `8 Mar 2012, 15:42`), read as
/// UTC unless the text names its zone: Meta writes these in a zone it does not state.
struct DisplayTime: Equatable, Sendable {
    var date: Date
    var precision: TimePrecision
    /// Whether the text named its zone (`UTC+01`) or was a unix time, so the instant is exact to `precision`.
    var zoned: Bool
    /// The text as the page shows it.
    var text: String
}

/// Reads the date strings of Meta's HTML pages in any language Exposure has a month table for.
enum DisplayTimeParser {
    private enum Token: Equatable {
        case word(String), number(String), sign(Int)
    }

    private static let morning: Set<String> = ["am", "rano", "vorm", "дп"]
    private static let afternoon: Set<String> = ["pm", "południu", "wieczorem", "nachm", "пп"]
    /// Words that join a date to its time (`at`, `à`, `um`, `alle`, `в`) and carry no value.
    private static let joiners: Set<String> = ["at", "à", "a", "um", "alle", "às", "om", "o", "в", "г", "de", "del",
                                               "las", "le", "el", "h", "po", "o'clock"]

    /// The time `text` names, or nil when it is not a date written the ways Meta writes them.
    static func parse(_ text: String, languages: [HTMLLanguage]) -> DisplayTime? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.count >= 9, trimmed.allSatisfy(\.isASCIIDigitCharacter), let seconds = Double(trimmed) {
            return DisplayTime(date: Date(timeIntervalSince1970: seconds), precision: .second, zoned: true, text: trimmed)
        }
        let tokens = tokenize(trimmed)
        guard tokens.count >= 3, tokens.count <= 16 else { return nil }
        var month: Int?
        var numbers: [String] = []
        var half: Int?  // 0 morning, 12 afternoon
        var offsetMinutes: Int?
        var index = 0
        while index < tokens.count {
            switch tokens[index] {
            case .number(let digits):
                numbers.append(digits)
            case .sign(let sign):
                guard offsetMinutes != nil, index + 1 < tokens.count, case .number(let hours) = tokens[index + 1],
                      let value = Int(hours) else { return nil }
                offsetMinutes = sign * (hours.count > 2 ? (value / 100) * 60 + value % 100 : value * 60)
                index += 1
            case .word(let word):
                if month == nil, let found = languages.lazy.compactMap({ $0.month(word) }).first {
                    month = found
                } else if morning.contains(word) {
                    half = 0
                } else if afternoon.contains(word) {
                    half = 12
                } else if word == "utc" || word == "gmt" {
                    offsetMinutes = 0
                } else if !joiners.contains(word) && !(index == 0 && isWeekday(word, in: trimmed)) {
                    return nil
                }
            }
            index += 1
        }
        return build(month: month, numbers: numbers, half: half, offsetMinutes: offsetMinutes, text: trimmed)
    }

    /// Only a leading word followed by a comma (`Thursday, 11 August 2016`) may be one Exposure does not
    /// know: "Updated Mar 26, 2020" is not an item's date.
    private static func isWeekday(_ word: String, in text: String) -> Bool {
        text.dropFirst(word.count).first == ","
    }

    private static func build(month: Int?, numbers: [String], half: Int?, offsetMinutes: Int?, text: String) -> DisplayTime? {
        guard let month, let yearIndex = numbers.firstIndex(where: { $0.count == 4 }), yearIndex == 1,
              let day = Int(numbers[0]), let year = Int(numbers[yearIndex]), (1...31).contains(day) else { return nil }
        let time = numbers[(yearIndex + 1)...].compactMap { Int($0) }
        guard time.count == 0 || time.count == 2 || time.count == 3 else { return nil }
        var hour = time.first ?? 0
        if let half {
            guard (1...12).contains(hour) else { return nil }
            hour = hour % 12 + half
        }
        let minute = time.count > 1 ? time[1] : 0
        let second = time.count > 2 ? time[2] : 0
        guard hour < 24, minute < 60, second < 60 else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        guard let local = calendar.date(from: parts), calendar.component(.day, from: local) == day else { return nil }
        let precision: TimePrecision = time.isEmpty ? .day : time.count == 3 ? .second : .minute
        let date = local.addingTimeInterval(-Double((offsetMinutes ?? 0) * 60))
        return DisplayTime(date: date, precision: precision, zoned: offsetMinutes != nil, text: text)
    }

    /// Words (lower case, dots dropped), digit runs, and the sign of a zone offset.
    private static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var current = ""
        var currentIsDigits = false
        func flush() {
            guard !current.isEmpty else { return }
            tokens.append(currentIsDigits ? .number(current) : .word(current.lowercased()))
            current = ""
        }
        for character in text {
            if character.isASCIIDigitCharacter {
                if !currentIsDigits { flush() }
                currentIsDigits = true
                current.append(character)
            } else if character.isLetter || character == "'" && !currentIsDigits && !current.isEmpty {
                if currentIsDigits { flush() }
                currentIsDigits = false
                current.append(character)
            } else {
                flush()
                if character == "+" || character == "-" || character == "−" {
                    tokens.append(.sign(character == "+" ? 1 : -1))
                }
            }
        }
        flush()
        return tokens
    }
}

extension Character {
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}

/// How a page showed an item's time, kept beside the time because a display string is less exact than
/// a JSON timestamp.
public struct ShownTime: Sendable, Equatable {
    /// The text as the page shows it.
    public var text: String
    public var precision: TimePrecision
    /// Whether the text named its zone; otherwise the time was read as UTC and may be off by up to 14 hours.
    public var zoned: Bool

    init(_ time: DisplayTime) {
        self.init(text: time.text, precision: time.precision, zoned: time.zoned)
    }

    init(text: String, precision: TimePrecision, zoned: Bool) {
        self.text = text
        self.precision = precision
        self.zoned = zoned
    }
}
