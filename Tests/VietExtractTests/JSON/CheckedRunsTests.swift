import Testing
@testable import VietExtract

@Suite struct CheckedRunsTests {
    /// Sequences that are UTF-8 and sequences that are not (cut short, stray, overlong, surrogate,
    /// above U+10FFFF, never valid), each put at every byte offset of a string long enough to be
    /// read block by block: the parser takes the string exactly when the standard library finds it
    /// valid, and reads it byte for byte.
    @Test(arguments: [[0xC3, 0xA9], [0xE1, 0xBB, 0x87], [0xF0, 0x9F, 0x98, 0x80], [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF],
                      [0xC3], [0x80], [0xE1, 0xBB], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80],
                      [0xF4, 0x90, 0x80, 0x80], [0xFF]] as [[UInt8]])
    func longStringsAreCheckedAsTheStandardLibraryChecksThem(sequence: [UInt8]) {
        let text = Array("Ông Lê Văn Tư đến “phố Cổ” ở Hà Nội hôm thứ bảy, trời mưa nhẹ. ".utf8)
        for offset in 0...text.count {
            let content = text[..<offset] + sequence + text[offset...]
            let line = Array(#"{"id": 1, "text": ""#.utf8) + content + Array(#"", "tail": "x"}"#.utf8)
            let parsed = try? JSONParser.parse(line)
            #expect(parsed?["text"]?.stringValue == String(validating: content, as: UTF8.self), "offset \(offset)")
        }
    }

    /// A long string with escapes reads as the text it stands for; a control byte in it is an error.
    @Test func longStringsWithEscapesAndControlBytes() throws {
        let words = "Bà Năm bán “bánh mì” ở chợ Bến Thành từ sáng sớm"
        let line = #"{"text": "\#(words)\n\#(words)\t\"\#(words)\""}"#
        #expect(try JSONParser.parse(Array(line.utf8))["text"]?.stringValue == "\(words)\n\(words)\t\"\(words)\"")
        let control = Array(#"{"text": "\#(words)"#.utf8) + [0x01] + Array(#"\#(words)"}"#.utf8)
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse(control) }
    }
}
