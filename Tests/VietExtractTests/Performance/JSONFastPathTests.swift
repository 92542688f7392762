import Foundation
import Testing
@testable import VietExtract

/// The JSON and UTF-8 fast paths keep every value and every error place of the general code.
@Suite struct JSONFastPathTests {
    @Test(arguments: ["", "plain", "a\"b", "line\nbreak\n", "\\back\tslash", "\u{01}ctl", "Tiếng Việt \"trích\"\n"])
    func writtenStringsParseBack(_ text: String) throws {
        var bytes: [UInt8] = []
        JSONWriter.writeString(text, into: &bytes)
        #expect(try JSONParser.parse(bytes) == .string(text))
    }

    @Test func plainStringsOfEveryLengthAreCopiedAsTheyAre() {
        let fillers = ["b", "ư", "🌾", "~"]
        for length in 0..<24 {
            let text = (0..<length).map { fillers[$0 % fillers.count] }.joined()
            var bytes: [UInt8] = [0x5B]
            JSONWriter.writeString(text, into: &bytes)
            #expect(bytes == [0x5B, 0x22] + Array(text.utf8) + [0x22], "\(text.debugDescription)")
            #expect(bytes != [0x5B, 0x22] + Array(text.utf8) + [0x22, 0x22], "no byte more")
        }
    }

    @Test func everyEscapeIsFoundAtEveryPlaceOfAWord() throws {
        let fillers = ["a", "ệ", "😀", "\u{7F}", " "]
        for special in ["\"", "\\", "\n", "\u{1F}", "\u{00}"] {
            for length in 0..<20 {
                for position in 0...length {
                    var parts = (0..<length).map { fillers[$0 % fillers.count] }
                    parts.insert(special, at: position)
                    let text = parts.joined()
                    var bytes: [UInt8] = []
                    JSONWriter.writeString(text, into: &bytes)
                    #expect(try JSONParser.parse(bytes) == .string(text), "\(text.debugDescription)")
                    #expect(!bytes.dropFirst().dropLast().contains { $0 < 0x20 }, "\(text.debugDescription)")
                }
            }
        }
    }

    @Test func escapesAreDecodedWherEverTheyStand() throws {
        let json = #"{"a":"\nHà\u0020Nội\"","b":"\ud83d\ude00x","c":"x\\"}"#
        let value = try JSONParser.parse(Array(json.utf8))
        #expect(value["a"] == .string("\nHà Nội\""))
        #expect(value["b"] == .string("😀x"))
        #expect(value["c"] == .string("x\\"))
    }

    @Test func stringErrorsKeepTheirPlace() {
        #expect(throws: JSONParser.SyntaxError(offset: 4, reason: "control character in string")) {
            try JSONParser.parse(Array("\"a\\n\u{01}\"".utf8))
        }
        #expect(throws: JSONParser.SyntaxError(offset: 17, reason: "control character in string")) {
            try JSONParser.parse(Array("\"abcdefghijklmnop\u{01}\"".utf8))
        }
        #expect(throws: JSONParser.SyntaxError(offset: 6, reason: "unterminated string")) {
            try JSONParser.parse(Array("\"a\\nbc".utf8))
        }
    }

    @Test func validatorAgreesWithTheStandardLibraryOnRandomBytes() {
        var generator = SplitMix(seed: 42)
        let alphabet: [UInt8] = [0x41, 0x7F, 0x80, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xA0, 0xED, 0x9F, 0xEF, 0xF0, 0x90, 0xF4, 0x8F, 0xF5, 0xFF]
        for _ in 0..<5000 {
            let bytes = (0..<Int(generator.next() % 8)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            let valid = String(validating: bytes, as: UTF8.self) != nil
            #expect((UTF8Validation.firstInvalidOffset(in: bytes) == nil) == valid, "\(bytes)")
        }
        #expect(UTF8Validation.firstInvalidOffset(in: [0x61, 0xE1, 0xBB, 0x87, 0xED, 0xA0, 0x80]) == 4)
    }

    @Test func parsedStringsAgreeWithTheStandardLibraryOnRandomBytes() throws {
        var generator = SplitMix(seed: 7)
        let alphabet: [UInt8] = [0x41, 0x20, 0x7F, 0x80, 0xBF, 0xC0, 0xC3, 0xA0, 0xE1, 0xBB, 0x87, 0xED, 0xF0, 0x9F, 0x98, 0xF4, 0x90, 0xFF]
        for _ in 0..<5000 {
            let inner = (0..<Int(generator.next() % 24)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            let escape = generator.next() % 3 == 0 ? Array(#"\n"#.utf8) : []
            let bytes = [0x22] + escape + inner + [0x22]
            let expected = String(validating: escape.isEmpty ? inner : [0x0A] + inner, as: UTF8.self)
            if let expected {
                let parsed = try JSONParser.parse(bytes)
                #expect(parsed == .string(expected), "\(bytes)")
                #expect(parsed.stringValue.map { Array($0.utf8) } == Array(expected.utf8), "\(bytes)")
            } else {
                #expect(throws: JSONParser.SyntaxError(offset: 1, reason: "invalid UTF-8 in string")) { try JSONParser.parse(bytes) }
            }
        }
    }

    @Test func badUTF8IsReportedAfterTheOtherErrorsOfItsString() {
        #expect(throws: JSONParser.SyntaxError(offset: 3, reason: "control character in string")) {
            try JSONParser.parse([0x22, 0xC3, 0x28, 0x01, 0x22])
        }
        #expect(throws: JSONParser.SyntaxError(offset: 3, reason: "unterminated string")) {
            try JSONParser.parse([0x22, 0xE1, 0xBB])
        }
        #expect(throws: JSONParser.SyntaxError(offset: 1, reason: "invalid UTF-8 in string")) {
            try JSONParser.parse(Array(#""aaaaaaaa\n"#.utf8) + [0xFF] + Array(#"bbbbbbbbbbb""#.utf8))
        }
    }

    @Test func badLinesStillNameNulAndInvalidBytes() throws {
        let lines: [[UInt8]] = [
            Array(#"{"text":"ok"}"#.utf8), Array(#"{"text":"a"#.utf8) + [0x00] + Array(#""}"#.utf8),
            Array(#"{"text":"a"#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8), Array(#"{"text": }"#.utf8),
        ]
        let path = "/tmp/vietextract-fastpath-\(UInt32.random(in: 0...UInt32.max)).jsonl"
        let file = fopen(path, "w")
        for line in lines { fwrite(line + [0x0A], 1, line.count + 1, file) }
        fclose(file)
        defer { remove(path) }
        var results: [String] = []
        InputReader(layout: .jsonl).read(path) { item in
            switch item {
            case .success(let document): results.append(document.parts[0].text)
            case .failure(let error): results.append("\(error.place ?? ""): \(error.reason)")
            }
        }
        #expect(results == [
            "ok", "line 2, byte offset 10: binary data (a NUL byte); not a text file", "line 3, byte offset 10: invalid UTF-8",
            "line 4: malformed JSON: unexpected character at byte offset 9",
        ])
    }
}
