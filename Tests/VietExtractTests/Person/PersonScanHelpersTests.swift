import Testing
@testable import VietExtract

/// The quick tests the person scan runs before costlier ones: where a title may start, and the
/// function words compared by their keys.
@Suite struct PersonScanHelpersTests {
    @Test func aTitleMayStartOnlyWithItsFirstSyllablesOrAsOneSyllable() {
        var table = SyllableTable()
        let names = ["bộ trưởng", "ông", "giám đốc", "Thừa-Thiên"]
        let titles = GazetteerMatcher.sharingSyllables([[Gazetteer(name: "titles", entries: names.map {
            GazetteerEntry(name: $0, label: .person, id: $0)
        }, casePolicy: .insensitive)]], in: &table)[0]
        let starts = TitleStarts(names: names, titles: titles, table: &table)
        let text = AnalyzedText("Bộ Công an mời ông Bộ trưởng, giám sát và Thừa - Thiên.")
        let syllables = table.ids(of: text)
        func index(_ word: String, _ occurrence: Int = 0) -> Int {
            text.tokens.indices.filter { text.string(of: text.tokens[$0]) == word }[occurrence]
        }
        func mayStart(_ word: String, _ occurrence: Int = 0) -> Bool {
            starts.mayStart(at: index(word, occurrence), syllables: syllables)
        }
        // A title's first syllable, in any case, is a first; no other is.
        func isFirst(_ word: String) -> Bool {
            let id = Int(syllables[index(word)])
            return id >= 0 && id < starts.firsts.count && starts.firsts[id]
        }
        #expect(isFirst("Bộ") && isFirst("ông") && isFirst("giám") && isFirst("Thừa"))
        #expect(!isFirst("Công") && !isFirst("trưởng") && !isFirst("mời") && !isFirst("Thiên"))
        #expect(mayStart("ông"))
        #expect(mayStart("Bộ", 1))  // `Bộ trưởng`
        #expect(mayStart("Thừa"))  // the dash stepped over
        #expect(!mayStart("Bộ", 0))  // `Bộ Công an`
        #expect(!mayStart("giám"))  // `giám sát`
        #expect(!mayStart("trưởng"))
    }

    @Test func functionWordsAreComparedInAnyCase() throws {
        let text = AnalyzedText("VÀ và va Và hoặc HOẶC hoac")
        var syllables = SyllableTable()
        let lexicon = try PersonLexicon(syllables: &syllables)
        let scan = PersonScan(text: text, lexicon: lexicon, scanSyllables: ScanSyllables(lexicon: lexicon), candidates: [])
        #expect((0..<7).map { scan.isWord($0, PersonWords.va) } == [true, true, false, true, false, false, false])
        #expect((0..<7).map { scan.isWord($0, PersonWords.hoac) } == [false, false, false, false, true, true, false])
        #expect(!scan.isWord(-1, PersonWords.va) && !scan.isWord(7, PersonWords.va))
    }
}
