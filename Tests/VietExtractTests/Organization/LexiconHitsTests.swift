import Testing
@testable import VietExtract

/// The table of a text's hits, looked up on first use, and the roles told by a first syllable alone.
@Suite struct LexiconHitsTests {
    let lexicon: OrganizationLexicon

    init() throws {
        let words = try OrganizationLexicon.Words()
        lexicon = OrganizationLexicon(words, matcher: GazetteerMatcher([words.list]))
    }

    func table(_ text: String) -> LexiconHits {
        let analyzed = AnalyzedText(text)
        return LexiconHits(text: analyzed, lexicon: lexicon, syllables: lexicon.syllables(of: analyzed))
    }

    @Test func aHitIsTheLexiconsAndStaysSoWhenAskedAgain() throws {
        let hits = table("công ty vận tải Hoa Mai")
        for _ in 0..<2 {
            let head = try #require(hits.hit(at: 0))
            #expect(head.end == 2 && head.roles.contains(.head))
            let inner = try #require(hits.hit(at: 2))
            #expect(inner.end == 4 && inner.roles.contains(.inner))
            #expect(hits.hit(at: 4) == nil)
        }
        #expect(hits.hit(at: -1) == nil && hits.hit(at: 6) == nil)
    }

    @Test func aFirstSyllableTellsWhichHeadsAndSuffixesMayStartThere() {
        let hits = table("công ty vận tải Zyxw Group")
        #expect(hits.mayStart([.head, .blocked], at: 0))
        #expect(!hits.mayStart(.suffix, at: 0))
        #expect(!hits.mayStart([.head, .blocked, .suffix], at: 2))
        #expect(!hits.mayStart([.head, .blocked, .suffix], at: 4))
        #expect(hits.mayStart(.suffix, at: 5))
    }
}
