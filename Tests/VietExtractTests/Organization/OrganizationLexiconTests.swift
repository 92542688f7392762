import Testing
@testable import VietExtract

/// The lexicon's hits, read from the trie node a phrase ends at.
@Suite struct OrganizationLexiconTests {
    let lexicon: OrganizationLexicon
    let words: OrganizationLexicon.Words

    init() throws {
        words = try OrganizationLexicon.Words()
        var table = SyllableTable()
        lexicon = OrganizationLexicon(words, matcher: GazetteerMatcher.sharingSyllables([[words.list]], in: &table)[0])
    }

    func hit(_ text: String, at index: Int) -> OrganizationLexicon.Hit? {
        let analyzed = AnalyzedText(text)
        return lexicon.hit(at: index, in: analyzed, syllables: lexicon.syllables(of: analyzed))
    }

    @Test func aPhraseWithSeveralRolesHasThemAll() throws {
        let found = try #require(hit("Viện nghiên cứu mới", at: 1))
        #expect(found.end == 3)
        #expect(found.roles.isSuperset(of: [.inner, .verb]))
        #expect(lexicon.head(of: found) == nil)
    }

    @Test func aHeadWordOpensItsKindInEitherCase() throws {
        for text in ["Công ty Hoa Mai", "công ty Hoa Mai"] {
            let found = try #require(hit(text, at: 0))
            #expect(found.roles.contains(.head))
            #expect(lexicon.head(of: found) != nil && lexicon.kind(of: found) == "company")
        }
    }

    @Test func aWordOutsideTheLexiconIsNoHit() {
        #expect(hit("Zyxw Qwrt", at: 0) == nil)
    }
}
