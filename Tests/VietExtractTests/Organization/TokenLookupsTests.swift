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

    /// The tokens of `scanner`'s text that may start something, as `PossibleStarts` lists them.
    private func possibleStarts(_ scanner: OrganizationNameScanner) -> [Int] {
        let starts = PossibleStarts(lexicon: lexicon, known: known.matcher)
        let syllables = lexicon.syllables(of: scanner.text)
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: scanner.text.tokens.count) { buffer in
            Array(starts.tokens(of: scanner.text, syllables: syllables, places: scanner.starts, in: buffer))
        }
    }

    @Test func onlyHeadWordsBlockedPhrasesAndLowerCaseKnownNamesStartALowerCaseWord() {
        let starts = possibleStarts(scanner("công ty Zyxw họp hôm qua"))
        #expect(starts.first == 0)
        #expect(starts.allSatisfy { $0 < 3 })
    }

    @Test func theLoopStepsOverLowerCaseWordsThatStartNothing() {
        #expect(possibleStarts(scanner("hôm qua chúng tôi gặp công ty Zyxw")).first == 5)
    }

    @Test func theLoopStepsOverCapitalizedWordsThatNoRuleMayStart() {
        // `Zyxw Qopr` starts nothing; `Lumo` opens a name with the suffix after it, `Bộ` is a head word.
        let scanner = scanner("gặp Zyxw Qopr hôm qua, Lumo Group và Bộ Tài chính")
        let starts = possibleStarts(scanner)
        #expect(starts.first == 6 && scanner.text.string(inTokens: 6..<7) == "Lumo")
        let head = starts.first { $0 > 6 } ?? 0
        #expect(scanner.text.string(inTokens: head..<head + 1) == "Bộ")
    }

    @Test func aMarkTooFarAfterACapitalizedWordLetsItPass() {
        // `Zyxw` stands four capitalized words before `FC`, `Qopr` three: only the nearer ones may start a team.
        let starts = possibleStarts(scanner("gặp Zyxw Qopr Lumo Vexa FC hôm qua"))
        #expect(!starts.contains(1) && starts.contains(2) && starts.contains(4))
    }
}
