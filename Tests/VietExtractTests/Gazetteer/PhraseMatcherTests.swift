import Testing
@testable import VietExtract

@Suite struct PhraseMatcherTests {
    private let matcher = PhraseMatcher([("thứ hai", 1), ("thứ hai tuần sau", 8), ("Bộ Chính trị", 2), ("Hà Nội, Việt Nam", 3)])

    private func words(_ match: PhraseMatcher<Int>.Match?, in text: AnalyzedText) -> String? {
        match.map { text.string(inView: Int(text.tokens[$0.tokens.lowerBound].start)..<Int(text.tokens[$0.end - 1].end)) }
    }

    @Test func longestPhraseStartingAtATokenWins() {
        let text = AnalyzedText("Họp vào thứ hai tuần sau và thứ hai tuần này.")
        let long = matcher.match(startingAt: 2, in: text)
        #expect(long?.value == 8 && long?.end == 6)
        #expect(words(long, in: text) == "thứ hai tuần sau")
        let short = matcher.match(startingAt: 7, in: text)
        #expect(short?.value == 1 && words(short, in: text) == "thứ hai")
    }

    @Test func caseToneAndPunctuationAsTheTextHasThem() {
        let text = AnalyzedText("BỘ CHÍNH TRỊ họp ở hà nội, việt nam")
        #expect(matcher.match(startingAt: 0, in: text)?.value == 2)
        #expect(matcher.match(startingAt: 5, in: text)?.tokens == 5..<10)
    }

    @Test func backwardsTheLongestPhraseEndingBeforeAToken() {
        let text = AnalyzedText("Ngày thứ hai tuần sau họp")
        #expect(matcher.match(endingBefore: 5, in: text)?.value == 8)
        #expect(matcher.match(endingBefore: 3, in: text)?.tokens == 1..<3)
    }

    @Test func nothingWhereNoPhraseMatches() {
        let text = AnalyzedText("thứ ba Bộ Chính Hà Nội Việt Nam")
        #expect(matcher.match(startingAt: 0, in: text) == nil)
        #expect(matcher.match(startingAt: 2, in: text) == nil)  // `Bộ Chính` is not `Bộ Chính trị`
        #expect(matcher.match(startingAt: 4, in: text) == nil)  // the comma is part of the phrase
        #expect(matcher.match(startingAt: 99, in: text) == nil)
        #expect(matcher.match(endingBefore: 0, in: text) == nil)
    }

    @Test func firstKeysAreThoseOfEveryPhrasesFirstSyllable() {
        #expect(Set(matcher.firstKeys ?? []).count == 3)
        #expect(PhraseMatcher([("", 0)]).firstKeys == nil)  // an empty phrase matches anywhere
    }
}
