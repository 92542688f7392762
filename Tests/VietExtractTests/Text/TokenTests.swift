import Testing
@testable import VietExtract

@Suite struct TokenTests {
    private func tokens(_ text: String) -> [(String, Token)] {
        let analyzed = AnalyzedText(text)
        return analyzed.tokens.map { (analyzed.string(of: $0), $0) }
    }

    @Test func tokensSkipWhiteSpaceAndRecordSpacing() {
        let found = tokens("Số 39- CT/TW")
        #expect(found.map(\.0) == ["Số", "39", "-", "CT", "/", "TW"])
        #expect(found[0].1.flags.contains(.spaceBefore))
        #expect(!found[2].1.flags.contains(.spaceBefore))
        #expect(found[3].1.flags.contains(.spaceBefore))
        #expect(found[1].1.kind == .number)
        #expect(found[2].1.kind == .punctuation)
    }

    @Test func caseAndDigitFlags() {
        let found = tokens("Hà NỘI covid 10h30 3,9")
        #expect(found[0].1.flags.contains(.initialCapital) && !found[0].1.flags.contains(.allCapitals))
        #expect(found[1].1.flags.isSuperset(of: [.initialCapital, .allCapitals]))
        #expect(found[2].1.flags.isDisjoint(with: [.initialCapital, .allCapitals]))
        #expect(found[3].1.kind == .word && found[3].1.flags.contains(.hasDigit))
        #expect(found[4].0 == "3,9" && found[4].1.kind == .number)
    }

    @Test func sentenceStartsFollowTerminalPunctuationAndLineBreaks() {
        let found = tokens("Trời mưa. Ông về.\nBà đi")
        let starts = found.filter { $0.1.flags.contains(.sentenceStart) }.map(\.0)
        #expect(starts == ["Trời", "Ông", "Bà"])
        #expect(found.first { $0.0 == "Bà" }!.1.flags.contains(.lineBefore))
    }

    @Test func sentencesAreTokenRanges() {
        let analyzed = AnalyzedText("Trời mưa. Ông về nhà.")
        let sentences = analyzed.sentences()
        #expect(sentences == [0..<3, 3..<7])
    }

    @Test func tokenOffsetsAreInTheNormalizedView() {
        let analyzed = AnalyzedText("Vie\u{302}\u{323}t Nam")
        #expect(analyzed.tokens.map { analyzed.string(of: $0) } == ["Việt", "Nam"])
        #expect(analyzed.originalRange(ofView: analyzed.tokens[1].range) == 7..<10)
    }
}
