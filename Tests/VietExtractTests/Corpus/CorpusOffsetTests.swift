import Foundation
import Testing
@testable import VietExtract

/// Walks every article of the shared news corpus and checks the offset and overlap invariants.
@Suite struct CorpusOffsetTests {
    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/corpus/dantri-2019-2021.jsonl").standardized

    static var corpusIsPresent: Bool {
        let present = FileManager.default.fileExists(atPath: corpus.path)
        if !present { print("CorpusOffsetTests skipped: \(corpus.path) is absent (../shared is not beside the checkout)") }
        return present
    }

    /// Every article of the corpus as the CLI reads it (title, blank line, body), with its line number.
    static func articles() throws -> [(line: Int, text: String)] {
        try String(contentsOf: corpus, encoding: .utf8).split(separator: "\n").enumerated().compactMap { number, line in
            let record = try JSONParser.parse(Array(line.utf8))
            guard let title = record["title"]?.stringValue, let body = record["body"]?.stringValue else { return nil }
            return (number + 1, title + "\n\n" + body)
        }
    }

    @Test(.enabled(if: corpusIsPresent, "../shared/corpus is absent"))
    func everyEntityIsTheSliceAtItsOffsetsAndOutermostNeverOverlap() throws {
        let extractor = try Extractor(options: ExtractorOptions(includeNested: true))
        var articles = 0
        var entities = 0
        var problems: [String] = []
        for (number, text) in try Self.articles() {
            articles += 1
            let scalars = Array(text.unicodeScalars)
            let bytes = Array(text.utf8)
            var lastOutermostEnd = 0
            for entity in extractor.extract(text) {
                entities += 1
                let byScalars = String(String.UnicodeScalarView(scalars[entity.start..<entity.end]))
                let byBytes = String(decoding: bytes[entity.utf8Start..<entity.utf8End], as: UTF8.self)
                if byScalars != entity.text || byBytes != entity.text || String(text[entity.range]) != entity.text {
                    problems.append("line \(number): \(entity.label) '\(entity.text)' is not the slice at its offsets")
                }
                if !entity.isNested {
                    if entity.start < lastOutermostEnd {
                        problems.append("line \(number): outermost '\(entity.text)' overlaps the one before")
                    }
                    lastOutermostEnd = entity.end
                }
            }
        }
        print("CorpusOffsetTests: \(articles) articles, \(entities) entities checked")
        #expect(articles == 2653)
        #expect(problems.isEmpty, "\(problems.prefix(10))")
    }
}
