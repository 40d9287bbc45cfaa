import Testing
@testable import ExposureKit

/// Meta's byte-escaped text must come back exactly as the user typed it, in every script.
struct MetaTextTests {
    /// Encodes text the way Meta's exports do: each UTF-8 byte as its own scalar.
    private func metaEscaped(_ text: String) -> String {
        String(String.UnicodeScalarView(text.utf8.map { Unicode.Scalar($0) }))
    }

    @Test(arguments: ["Café", "don’t 🙂", "Привет мир", "日本語のキャプション", "Straße über Öl", "👨‍👩‍👧 family", "مرحبا"])
    func repairsEveryScript(_ original: String) {
        #expect(MetaText.repair(metaEscaped(original)) == original)
    }

    @Test func leavesPlainASCIIAlone() {
        #expect(MetaText.repair("Mobile uploads") == "Mobile uploads")
    }

    @Test func keepsTextThatIsAlreadyProperUnicode() {
        #expect(MetaText.repair("Zoë 🙂") == "Zoë 🙂")
    }

    @Test func keepsTheOriginalWhenTheBytesAreNotUTF8() {
        let broken = "caf\u{E9} au lait"  // a lone 0xE9 byte is not valid UTF-8
        #expect(MetaText.repair(broken) == broken)
    }

    @Test func repairsWhatJSONDecodingYields() throws {
        let json = #"{"post": "Caf\u00c3\u00a9 \u00f0\u009f\u0099\u0082"}"#
        let value = try JSONValue.parse(Data(json.utf8))
        #expect(value["post"].text == "Café 🙂")
    }
}

import Foundation
