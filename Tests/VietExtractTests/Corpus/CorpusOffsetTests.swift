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

    @Test(.enabled(if: corpusIsPresent, "../shared/corpus is absent"))
    func everyEntityIsTheSliceAtItsOffsetsAndOutermostNeverOverlap() throws {
        let extractor = try Extractor(options: ExtractorOptions(includeNested: true))
        var articles = 0
        var entities = 0
        var problems: [String] = []
        let lines = try String(contentsOf: Self.corpus, encoding: .utf8).split(separator: "\n")
        for (number, line) in lines.enumerated() {
            let record = try JSONParser.parse(Array(line.utf8))
            guard let title = record["title"]?.stringValue, let body = record["body"]?.stringValue else { continue }
            articles += 1
            let text = title + "\n\n" + body
            let scalars = Array(text.unicodeScalars)
            let bytes = Array(text.utf8)
            var lastOutermostEnd = 0
            for entity in extractor.extract(text) {
                entities += 1
                let byScalars = String(String.UnicodeScalarView(scalars[entity.start..<entity.end]))
                let byBytes = String(decoding: bytes[entity.utf8Start..<entity.utf8End], as: UTF8.self)
                if byScalars != entity.text || byBytes != entity.text || String(text[entity.range]) != entity.text {
                    problems.append("line \(number + 1): \(entity.label) '\(entity.text)' is not the slice at its offsets")
                }
                if !entity.isNested {
                    if entity.start < lastOutermostEnd {
                        problems.append("line \(number + 1): outermost '\(entity.text)' overlaps the one before")
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
