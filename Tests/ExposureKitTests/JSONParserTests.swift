import Foundation
import Testing
@testable import ExposureKit

/// The JSON reader must read every export file Foundation reads, and refuse damaged ones with a reason.
struct JSONParserTests {
    @Test func readsWhatFoundationReads() throws {
        let text = #"""
            {"a": [1, -2.5, 3e2, true, false, null, "x\"y\\z\/\n\u00e9\ud83d\ude42"], "b": {}, "c": [], "d": ""}
            """#
        let value = try JSONValue.parse(Data(text.utf8))
        #expect(value["a"].elements.map(\.double) == [1, -2.5, 300, nil, nil, nil, nil])
        #expect(value["a"].elements[3] == .bool(true) && value["a"].elements[5] == .null)
        #expect(value["a"].elements[6].rawString == "x\"y\\z/\né🙂")
        #expect(value["b"] == .object([:]) && value["c"] == .array([]) && value["d"].rawString == "")
    }

    @Test func keepsMetasByteEscapesForTheRepair() throws {
        let value = try JSONValue.parse(Data(#"{"post": "Caf\u00c3\u00a9"}"#.utf8))
        #expect(value["post"].rawString == "Caf\u{C3}\u{A9}")
        #expect(value["post"].text == "Café")
    }

    @Test(arguments: ["", "{", "[1,]", "{\"a\" 1}", "tru", "\"open", "[1] x", "{\"a\": \"\\q\"}", "[\"\\u12\"]"])
    func refusesDamagedJSONWithAReason(_ text: String) {
        #expect {
            try JSONValue.parse(Data(text.utf8))
        } throws: { error in
            "\(error)".hasPrefix("it is not valid JSON (")
        }
    }

    /// No byte past the first non-digit is read, so a file read in pieces fails at the same byte.
    @Test(arguments: [
        (#"["\u1"]"#, #"it is not valid JSON (a \u escape is not hexadecimal, at byte 5)"#),
        (#"["\u1"#, #"it is not valid JSON (a \u escape is cut short, at byte 5)"#),
    ])
    func aShortUnicodeEscapeFailsWhereItStops(_ text: String, _ reason: String) {
        #expect {
            try JSONValue.parse(Data(text.utf8))
        } throws: { error in
            "\(error)" == reason
        }
    }

    @Test func refusesNestingDeepEnoughToExhaustTheStack() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONProblem.self) { try JSONValue.parse(Data(deep.utf8)) }
    }

    @Test func compactTextReadsBackAsTheSameValue() throws {
        let value = try JSONValue.parse(Data(#"{"z": [1, 2.5, "q\"\n\u0001"], "a": {"b": null, "c": false}}"#.utf8))
        #expect(value.compactText == #"{"a":{"b":null,"c":false},"z":[1,2.5,"q\"\n\u0001"]}"#)
        #expect(try JSONValue.parse(Data(value.compactText.utf8)) == value)
    }
}
