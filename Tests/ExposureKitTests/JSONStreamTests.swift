import Foundation
import Testing
@testable import ExposureKit

/// Reading a file in chunks must give exactly what parsing it whole gives, wherever the chunks break,
/// errors and their byte offsets included.
struct JSONStreamTests {
    /// What a file yields: the elements of a top-level array, the value of any other top level, or an error's text.
    enum Outcome: Equatable {
        case elements([JSONValue])
        case value(JSONValue)
        case failure(String)
    }

    static let documents = [
        #"[{"a": [1, [2, {"b": []}]], "c": {"d": [true, false, null]}}, {"e": -1.5e3, "f": [[], {}]}]"#,
        #"["a]b", "c}d", "e,f", "[{", {"k]": "v}", "l,": ["]", "}"]}, "x\"]"]"#,
        #"["say \"hi\"", "back\\", "\\\"", {"q": "\\"}, ["\\\\"], "\"", "\\"]"#,
        #"["\u00e9\ud83d\ude42", "\u005d", "\u0022", "\u005c", {"\u007d": "\u005b"}, "café 🙂"]"#,
        #"["\ud83d", "\ud83dx", "\ud83d\n", {"\ud83d": "\ude42"}]"#,
        "\u{FEFF}[1, {\"a\": 2}]", "\u{FEFF} {\"a\": [1]}", "\u{FEFF}\"text\"",
        "  \n\t[\r\n 1 ,\n\t2\n,\"x\"  ]\n\n", "[1,2,3]", "[]", "[ ]", "[\n]", " [ ] \n",
        "[1, -2.5e-3, true, false, null, \"s\", 0]", "[true,false,null]", "[7]", "[[1,2],[3,[4]],[]]",
        #"{"a": [1, 2], "b": "]", "c": {"d": "["}}"#, "42", "-0.5", "\"text\"", " true ", "null", "{}",
    ]

    static let damaged = [
        "", "   ", "\u{FEFF}", "[", "[ ", "[1", "[1 ", "[1,", "[1, ", "[1,]", "[,1]", "[1,,2]", "[1 2]", "[1}",
        "[{]", #"[{"a": 1]"#, #"[{"a" 1}]"#, #"[{"a": 1}}]"#, #"["open"#, #"["esc\"#, #"["a""b"]"#, "[truex]", "[tru]",
        "[nul", "[12x]", "[1.2.3]", "[-]", "[x]", "[]]", "[1] x", "[] x", "[1]]", #"["\q"]"#, #"["\u12"]"#,
        #"["\u12"#, "[[1,2]", #"[{"a":[1,2}]"#, "[1[2]]", #"{"a": [1,]}"#, #"{"a": 1} x"#, "[\u{FEFF}1]", "x[1]",
        #"["\u1"]"#, #"["\u1" ]"#, #""\u1""#, #"["\ud83d\u12"]"#, #"["\ud83d\u"#,
    ]

    /// Bytes that are not UTF-8 inside strings, and a byte order mark cut short.
    static let damagedBytes: [[UInt8]] = [
        Array(#"[""#.utf8) + [0xC3, 0x28] + Array(#""]"#.utf8),
        Array(#"[{""#.utf8) + [0xFF] + Array(#"": 1}]"#.utf8),
        Array(#"{"a": ""#.utf8) + [0xE9] + Array(#""}"#.utf8),
        [0xEF, 0xBB] + Array("[1]".utf8), [0xEF] + Array("[1]".utf8),
    ]

    @Test(arguments: documents + damaged)
    func anyTwoChunksGiveWhatTheWholeFileGives(_ text: String) {
        expectSameEverywhere(Array(text.utf8))
    }

    @Test(arguments: damagedBytes)
    func damagedBytesFailAtTheSameOffset(_ bytes: [UInt8]) {
        expectSameEverywhere(bytes)
    }

    @Test func theReferenceSeesWhatTheDocumentsMean() {
        #expect(Self.whole(Array("\u{FEFF}[1, {\"a\": 2}]".utf8)) == .elements([.number(1), .object(["a": .number(2)])]))
        #expect(Self.whole(Array(#"["\\\""]"#.utf8)) == .elements([.string("\\\"")]))
        #expect(Self.whole(Array("[1 2]".utf8)) == .failure("it is not valid JSON (a ']' is missing, at byte 3)"))
        #expect(Self.whole(Array(#"[""#.utf8) + [0xC3, 0x28, 0x22, 0x5D]) == .failure("it is not valid JSON (it is not valid UTF-8, at byte 4)"))
    }

    @Test func elementsAtTheDepthCapAreRead() throws {
        let deepest = Self.nested(JSONParser.maximumDepth - 1)
        let element = try JSONValue.parse(Data(deepest.utf8))
        #expect(Self.streamed(Array(("[" + deepest + ", 1]").utf8), chunk: 1) == .elements([element, .number(1)]))
    }

    @Test func elementsDeeperThanTheCapFailAsSoonAsTheCapIsPassed() {
        let bytes = Array(("[" + String(repeating: "[", count: 100_000)).utf8)
        let expected = "it is not valid JSON (it is nested more than \(JSONParser.maximumDepth) levels deep, at byte \(JSONParser.maximumDepth))"
        #expect(Self.whole(bytes) == .failure(expected))
        var splitter = JSONElementSplitter()
        var fed = 0
        #expect(throws: JSONProblem.self) {
            for byte in bytes {
                fed += 1
                try splitter.feed(Data([byte])) { _ in }
            }
        }
        #expect(fed == JSONParser.maximumDepth + 1)
        #expect(Self.streamed(bytes, chunk: 1) == .failure(expected))
        let closed = "[" + Self.nested(JSONParser.maximumDepth) + "]"
        #expect(Self.streamed(Array(closed.utf8), chunk: 1) == Self.whole(Array(closed.utf8)))
    }

    /// Streaming in two chunks split at every offset, and in one-byte chunks, gives the whole-file outcome.
    private func expectSameEverywhere(_ bytes: [UInt8]) {
        let expected = Self.whole(bytes)
        for split in 0...bytes.count {
            let outcome = Self.streamed([Array(bytes[..<split]), Array(bytes[split...])])
            #expect(outcome == expected, "split at \(split) of \(String(decoding: bytes, as: UTF8.self))")
        }
        #expect(Self.streamed(bytes, chunk: 1) == expected)
    }

    /// The reference: the file parsed whole.
    static func whole(_ bytes: [UInt8]) -> Outcome {
        do {
            let value = try JSONValue.parse(Data(bytes))
            return value.array.map(Outcome.elements) ?? .value(value)
        } catch {
            return .failure("\(error)")
        }
    }

    /// The file fed in chunks of `chunk` bytes.
    static func streamed(_ bytes: [UInt8], chunk: Int) -> Outcome {
        streamed(stride(from: 0, to: bytes.count, by: chunk).map { Array(bytes[$0..<min($0 + chunk, bytes.count)]) })
    }

    /// The file fed in `chunks`, empty ones included.
    static func streamed(_ chunks: [[UInt8]]) -> Outcome {
        var splitter = JSONElementSplitter()
        var elements: [JSONValue] = []
        do {
            for chunk in chunks { try splitter.feed(Data(chunk)) { elements.append($0) } }
            return try splitter.finish { elements.append($0) }.map(Outcome.value) ?? .elements(elements)
        } catch {
            return .failure("\(error)")
        }
    }

    /// Empty arrays nested `depth` deep.
    static func nested(_ depth: Int) -> String {
        String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
    }
}

/// The arrays of a top-level object stream too, for album files and lists wrapped in an object:
/// the same elements and members wherever the chunks break, and a damaged object always fails.
struct JSONObjectStreamTests {
    /// What a file yields when its `photos` array is streamed: elements, the other members, and the finish.
    struct Outcome: Equatable {
        var elements: [JSONValue] = []
        var members: [String: JSONValue] = [:]
        var whole: JSONValue?
        var failed = false
    }

    static let documents = [
        #"{"name": "Trip", "photos": [{"uri": "a]"}, 1, "x}", [[]], {"k": {"l": [true]}}], "cover_photo": {"uri": "c"}}"#,
        #"{"photos": [], "name": "Empty"}"#,
        "\u{FEFF} {\"photos\" : [ 1 ,2 ] , \"n\" : -1.5e3 , \"t\" : true}\n",
        #"{"name": "No photos", "photos": null, "when": 17}"#,
        #"{"name": "Not a list", "photos": "[1, 2]"}"#,
        #"{}"#,
        #"[{"photos": [1]}]"#,
        "\"text\"",
    ]

    static let damaged = [
        #"{"photos": [1,}"#, #"{"photos": [1]"#, #"{"name" "x"}"#, #"{"name": "x",}"#, #"{"name": tru}"#,
        #"{"photos": [1] "name": "x"}"#, #"{name: 1}"#, #"{"photos": [1]} x"#, #"{"a": 1"#, "{", #"{"photos": [{]}"#,
    ]

    @Test(arguments: documents)
    func anyTwoChunksGiveWhatTheWholeFileMeans(_ text: String) throws {
        let bytes = Array(text.utf8)
        let expected = try Self.expected(JSONValue.parse(Data(bytes)))
        for split in 0...bytes.count {
            #expect(Self.streamed([Array(bytes[..<split]), Array(bytes[split...])]) == expected, "split at \(split) of \(text)")
        }
        #expect(Self.streamed(bytes.map { [$0] }) == expected)
    }

    @Test(arguments: damaged)
    func aDamagedObjectFailsWhereverTheChunksBreak(_ text: String) {
        let bytes = Array(text.utf8)
        #expect(throws: JSONProblem.self) { try JSONValue.parse(Data(bytes)) }
        for split in 0...bytes.count {
            #expect(Self.streamed([Array(bytes[..<split]), Array(bytes[split...])]).failed, "split at \(split) of \(text)")
        }
    }

    @Test func elementsOfAMemberArrayCountBothLevelsAboveThem() {
        let deepest = JSONStreamTests.nested(JSONParser.maximumDepth - 2)
        #expect(!Self.streamed([Array(#"{"photos": [\#(deepest)]}"#.utf8)]).failed)
        let tooDeep = JSONStreamTests.nested(JSONParser.maximumDepth - 1)
        #expect(Self.streamed([Array(#"{"photos": [\#(tooDeep)]}"#.utf8)]).failed)
    }

    /// What streaming should give for a document parsed whole.
    static func expected(_ value: JSONValue) -> Outcome {
        guard let members = value.object else { return Outcome(whole: value) }
        guard let photos = members["photos"]?.array else { return Outcome(members: members, whole: value) }
        return Outcome(elements: photos, members: members.filter { $0.key != "photos" })
    }

    static func streamed(_ chunks: [[UInt8]]) -> Outcome {
        var splitter = JSONElementSplitter(arrays: .named(["photos"]), topLevelArray: false)
        var outcome = Outcome()
        do {
            for chunk in chunks {
                try splitter.feed(Data(chunk), member: { outcome.members[$0] = $1 }) { outcome.elements.append($0) }
            }
            outcome.whole = try splitter.finish { outcome.elements.append($0) }
        } catch {
            outcome.failed = error is JSONProblem
            if !outcome.failed { outcome.members["unexpected error"] = .string("\(error)") }
        }
        return outcome
    }
}
