import Testing
@testable import VietExtract

/// The lexicon's phrases and the known names of a text, looked up on first use, the roles told by a
/// first syllable alone, and the words that may start something.
@Suite struct TokenLookupsTests {
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

    func scanner(_ text: String) -> OrganizationNameScanner {
        let analyzed = AnalyzedText(text)
        return OrganizationNameScanner(text: analyzed, lexicon: lexicon, known: known,
                                       syllables: lexicon.syllables(of: analyzed), candidates: [])
    }

    @Test func aHitIsTheLexiconsAndStaysSoWhenAskedAgain() throws {
        let scanner = scanner("công ty vận tải Hoa Mai")
        for _ in 0..<2 {
            let head = try #require(scanner.hit(at: 0))
            #expect(head.end == 2 && head.roles.contains(.head))
            let inner = try #require(scanner.hit(at: 2))
            #expect(inner.end == 4 && inner.roles.contains(.inner))
            #expect(scanner.hit(at: 4) == nil)
        }
        #expect(scanner.hit(at: -1) == nil && scanner.hit(at: 6) == nil)
    }

    @Test func aFirstSyllableTellsWhichHeadsAndSuffixesMayStartThere() {
        let scanner = scanner("công ty vận tải Zyxw Group")
        #expect(scanner.mayStart([.head, .blocked], at: 0))
        #expect(!scanner.mayStart(.suffix, at: 0))
        #expect(!scanner.mayStart([.head, .blocked, .suffix], at: 2))
        #expect(!scanner.mayStart([.head, .blocked, .suffix], at: 4))
        #expect(scanner.mayStart(.suffix, at: 5))
    }

    @Test func aKnownNameStartsWhereItIsWrittenAndStaysFoundWhenAskedAgain() throws {
        let scanner = scanner("Hôm qua Bộ Tài chính họp.")
        for _ in 0..<2 {
            let start = try #require(scanner.knownStart(at: 2))
            #expect(start.end == 5 && !start.isLocal && !start.isBrand)
            #expect(known.bodies[start.body].name == "Bộ Tài chính")
        }
        #expect(scanner.knownStart(at: 0) == nil && scanner.knownStart(at: 3) == nil)
        #expect(scanner.knownStart(at: -1) == nil && scanner.knownStart(at: 99) == nil)
    }

    @Test func aKnownNameInTheWrongCaseStartsNothing() {
        #expect(scanner("hôm qua bộ tài chính họp").knownStart(at: 2) == nil)
    }

    @Test func onlyHeadWordsBlockedPhrasesAndLowerCaseKnownNamesStartALowerCaseWord() {
        let starts = PossibleStarts(lexicon: lexicon, known: known.matcher)
        let scanner = scanner("công ty Zyxw họp hôm qua")
        let (text, syllables) = (scanner.text, lexicon.syllables(of: scanner.text))
        #expect(starts.nextPossibleStart(from: 0, text: text, syllables: syllables, places: scanner.starts) == 0)
        #expect(starts.nextPossibleStart(from: 3, text: text, syllables: syllables, places: scanner.starts) == 6)
    }

    @Test func theLoopStepsOverLowerCaseWordsThatStartNothing() {
        let scanner = scanner("hôm qua chúng tôi gặp công ty Zyxw")
        let (text, syllables) = (scanner.text, lexicon.syllables(of: scanner.text))
        let starts = PossibleStarts(lexicon: lexicon, known: known.matcher)
        #expect(starts.nextPossibleStart(from: 0, text: text, syllables: syllables, places: scanner.starts) == 5)
        #expect(starts.nextPossibleStart(from: 8, text: text, syllables: syllables, places: scanner.starts) == 8)
    }

    @Test func theLoopStepsOverCapitalizedWordsThatNoRuleMayStart() {
        // `Zyxw Qopr` starts nothing; `Lumo` opens a name with the suffix after it, `Bộ` is a head word.
        let scanner = scanner("gặp Zyxw Qopr hôm qua, Lumo Group và Bộ Tài chính")
        let (text, syllables) = (scanner.text, lexicon.syllables(of: scanner.text))
        let starts = PossibleStarts(lexicon: lexicon, known: known.matcher)
        let next = starts.nextPossibleStart(from: 0, text: text, syllables: syllables, places: scanner.starts)
        #expect(next == 6 && text.string(inTokens: next..<next + 1) == "Lumo")
        let head = starts.nextPossibleStart(from: next + 1, text: text, syllables: syllables, places: scanner.starts)
        #expect(text.string(inTokens: head..<head + 1) == "Bộ")
    }
}
