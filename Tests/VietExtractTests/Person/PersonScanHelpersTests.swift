import Testing
@testable import VietExtract

/// The quick tests the person scan runs before costlier ones: where a title may start, and the
/// function words compared by their keys.
@Suite struct PersonScanHelpersTests {
    @Test func aTitleMayStartOnlyWithItsFirstSyllablesOrAsOneSyllable() {
        var table = SyllableTable()
        let starts = TitleStarts(names: ["bộ trưởng", "ông", "giám đốc", "Thừa-Thiên"], table: &table)
        let text = AnalyzedText("Bộ Công an mời ông Bộ trưởng, giám sát và Thừa - Thiên.")
        let syllables = table.ids(of: text)
        func mayStart(_ word: String, _ occurrence: Int = 0) -> Bool {
            let index = text.tokens.indices.filter { text.string(of: text.tokens[$0]) == word }[occurrence]
            return starts.mayStart(at: index, syllables: syllables)
        }
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
        let scan = PersonScan(text: text, lexicon: try PersonLexicon(syllables: &syllables), candidates: [])
        #expect((0..<7).map { scan.isWord($0, PersonWords.va) } == [true, true, false, true, false, false, false])
        #expect((0..<7).map { scan.isWord($0, PersonWords.hoac) } == [false, false, false, false, true, true, false])
        #expect(!scan.isWord(-1, PersonWords.va) && !scan.isWord(7, PersonWords.va))
    }
}
