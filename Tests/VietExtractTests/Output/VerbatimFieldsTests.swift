import Foundation
import Testing
@testable import VietExtract

/// A JSON Lines record's string fields are copied from its line when the writer would write them
/// byte for byte the same, and written again from their value otherwise.
@Suite struct VerbatimFieldsTests {
    static let extractor = try! Extractor()

    @Test func onlyStringsWrittenAsTheyStandAreMarkedVerbatim() throws {
        let line = #"{ "a": "Hà Nội\n\"x\"\t\\", "b": "a\/b", "c": "\u00e0", "d": "\b", "e": 7, "f": ["x"], "g": "" }"#
        let bytes = Array(line.utf8)
        let (value, verbatim) = try JSONParser.parseKeepingVerbatimStrings(bytes)
        #expect(value == (try JSONParser.parse(bytes)))
        #expect(verbatim.count == 7)
        let texts = verbatim.map { $0.map { String(decoding: bytes[$0], as: UTF8.self) } }
        #expect(texts == [#""Hà Nội\n\"x\"\t\\""#, nil, nil, nil, nil, nil, #""""#])
        #expect(try JSONParser.parseKeepingVerbatimStrings(Array(#"["a"]"#.utf8)).verbatim.isEmpty)
    }

    @Test func renderedRecordsEqualTheWrittenValueWhateverTheirEscapes() throws {
        let lines = [
            #"{"id": "r1", "text": "Ông Tô Huy Rứa đến Hà Nội.\nNgày 3/2/2021 \"mới\".", "n": 1.5}"#,
            #"{"text":"Bộ Y tế \/ Sở \u0059 tế\b", "id": 2, "entities": [1], "tags": {"k": "v\/"}}"#,
            #"{"title": "Tin\r\nmới", "text": "Ông An", "date": "2021-02-03"}"#,
        ]
        let path = "/tmp/vietextract-verbatim-\(UInt32.random(in: 0...UInt32.max)).jsonl"
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let renderer = try #require(JSONAnnotationWriter(linesOnly: true).documentRenderer)
        var count = 0
        InputReader(layout: .jsonl).read(path) { item in
            guard case .success(let input) = item else { Issue.record("\(item)"); return }
            #expect(input.recordLine != nil)
            let document = AnnotatedDocument(input, extractor: Self.extractor)
            var rendered: [UInt8] = []
            renderer.render(document, into: &rendered)
            let expected = JSONWriter().string(AnnotationJSON.document(document)) + "\n"
            #expect(String(decoding: rendered, as: UTF8.self) == expected)
            count += 1
        }
        #expect(count == 3)
    }
}
