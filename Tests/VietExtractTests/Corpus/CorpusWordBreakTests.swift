import Foundation
import Testing
@testable import VietExtract

/// Over every article of the shared news corpus, the segmenter's tokens equal those at ICU's boundaries.
@Suite struct CorpusWordBreakTests {
    @Test(.enabled(if: CorpusOffsetTests.corpusIsPresent, "../shared/corpus is absent"))
    func tokensEqualThoseAtICUsBoundariesOnEveryArticle() throws {
        var articles = 0
        var differing: [Int] = []
        let lines = try String(contentsOf: CorpusOffsetTests.corpus, encoding: .utf8).split(separator: "\n")
        for (number, line) in lines.enumerated() {
            let record = try JSONParser.parse(Array(line.utf8))
            guard let title = record["title"]?.stringValue, let body = record["body"]?.stringValue else { continue }
            articles += 1
            let view = NormalizedText(original: Array((title + "\n\n" + body).utf16)).units
            let fast = Segmenter.segment(view)
            let icu = Segmenter.segmentAtICUBoundaries(view)
            if fast.tokens != icu.tokens || fast.keys != icu.keys {
                differing.append(number + 1)
            }
        }
        #expect(articles == 2653)
        #expect(differing.isEmpty, "lines \(differing.prefix(20))")
    }
}
