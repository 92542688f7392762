import Foundation
import Testing
@testable import VietExtract

/// Over every article of the shared news corpus, the segmenter's tokens equal those at ICU's boundaries.
@Suite struct CorpusWordBreakTests {
    @Test(.enabled(if: CorpusOffsetTests.corpusIsPresent, "../shared/corpus is absent"))
    func tokensEqualThoseAtICUsBoundariesOnEveryArticle() throws {
        let articles = try CorpusOffsetTests.articles()
        var differing: [Int] = []
        for (number, text) in articles {
            let view = NormalizedText(original: Array(text.utf16)).units
            let fast = Segmenter.segment(view)
            let icu = Segmenter.segmentAtICUBoundaries(view)
            if fast.tokens != icu.tokens || fast.keys != icu.keys { differing.append(number) }
        }
        #expect(articles.count == 2653)
        #expect(differing.isEmpty, "lines \(differing.prefix(20))")
    }
}
