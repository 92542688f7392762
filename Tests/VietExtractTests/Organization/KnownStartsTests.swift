import Testing
@testable import VietExtract

/// The known names of a text, looked up on first use, and the lower-case words that may start something.
@Suite struct KnownStartsTests {
    let known: KnownOrganizations
    let lexicon: OrganizationLexicon

    init() throws {
        var syllables = SyllableTable()
        let tables = try KnownOrganizations.Tables()
        let words = try OrganizationLexicon.Words()
        let matchers = GazetteerMatcher.sharingSyllables([[tables.list], [words.list]], in: &syllables)
        known = KnownOrganizations(tables, matcher: matchers[0])
        lexicon = OrganizationLexicon(words, matcher: matchers[1])
    }

    @Test func aKnownNameStartsWhereItIsWrittenAndStaysFoundWhenAskedAgain() throws {
        let text = AnalyzedText("Hôm qua Bộ Tài chính họp.")
        let starts = KnownStarts(text: text, organizations: known, syllables: known.matcher.syllables(of: text))
        for _ in 0..<2 {
            let start = try #require(starts.start(at: 2))
            #expect(start.end == 5 && !start.isLocal && !start.isBrand)
            #expect(known.bodies[start.body].name == "Bộ Tài chính")
        }
        #expect(starts.start(at: 0) == nil && starts.start(at: 3) == nil)
        #expect(starts.start(at: -1) == nil && starts.start(at: 99) == nil)
    }

    @Test func aKnownNameInTheWrongCaseStartsNothing() {
        let text = AnalyzedText("hôm qua bộ tài chính họp")
        let starts = KnownStarts(text: text, organizations: known, syllables: known.matcher.syllables(of: text))
        #expect(starts.start(at: 2) == nil)
    }

    @Test func onlyHeadWordsBlockedPhrasesAndLowerCaseKnownNamesStartALowerCaseWord() {
        let starts = PossibleStarts(lexicon: lexicon, known: known.matcher)
        let text = AnalyzedText("công ty Zyxw họp hôm qua")
        let syllables = lexicon.syllables(of: text)
        let scanner = OrganizationNameScanner(text: text, lexicon: lexicon, syllables: syllables, candidates: [],
                                              knownStarts: KnownStarts(text: text, organizations: known, syllables: syllables))
        #expect(starts.nextPossibleStart(from: 0, text: text, syllables: syllables, places: scanner.starts) == 0)
        #expect(starts.nextPossibleStart(from: 3, text: text, syllables: syllables, places: scanner.starts) == 6)
    }

    @Test func theLoopStepsOverLowerCaseWordsThatStartNothing() {
        let text = AnalyzedText("hôm qua chúng tôi gặp công ty Zyxw")
        let syllables = lexicon.syllables(of: text)
        let scanner = OrganizationNameScanner(text: text, lexicon: lexicon, syllables: syllables, candidates: [],
                                              knownStarts: KnownStarts(text: text, organizations: known, syllables: syllables))
        let starts = PossibleStarts(lexicon: lexicon, known: known.matcher)
        #expect(starts.nextPossibleStart(from: 0, text: text, syllables: syllables, places: scanner.starts) == 5)
        #expect(starts.nextPossibleStart(from: 8, text: text, syllables: syllables, places: scanner.starts) == 8)
    }

    @Test func theLoopStepsOverCapitalizedWordsThatNoRuleMayStart() {
        // `Zyxw Qopr` starts nothing; `Lumo` opens a name with the suffix after it, `Bộ` is a head word.
        let text = AnalyzedText("gặp Zyxw Qopr hôm qua, Lumo Group và Bộ Tài chính")
        let syllables = lexicon.syllables(of: text)
        let scanner = OrganizationNameScanner(text: text, lexicon: lexicon, syllables: syllables, candidates: [],
                                              knownStarts: KnownStarts(text: text, organizations: known, syllables: syllables))
        let starts = PossibleStarts(lexicon: lexicon, known: known.matcher)
        let next = starts.nextPossibleStart(from: 0, text: text, syllables: syllables, places: scanner.starts)
        #expect(next == 6 && text.string(inTokens: next..<next + 1) == "Lumo")
        let head = starts.nextPossibleStart(from: next + 1, text: text, syllables: syllables, places: scanner.starts)
        #expect(text.string(inTokens: head..<head + 1) == "Bộ")
    }
}
