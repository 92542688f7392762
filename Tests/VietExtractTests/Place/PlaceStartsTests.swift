import Testing
@testable import VietExtract

/// The tokens where a place rule may start, found in one pass: never one where a matcher would match.
@Suite struct PlaceStartsTests {
    static let tables = {
        var syllables = SyllableTable()
        return try! PlaceTables(syllables: &syllables)
    }()

    @Test func everyTokenWhereAMatcherMatchesIsAStart() {
        let text = AnalyzedText("Ông Ba ở tỉnh Hà Giang, về Thừa Thiên - Huế rồi sang châu Âu; CÁC TỈNH MIỀN NÚI.")
        let starts = PlaceStarts(text: text, tables: Self.tables)
        let listed: [([Int], GazetteerMatcher)] = [(starts.typeWords, Self.tables.typeWords), (starts.names, Self.tables.names)]
        for (list, matcher) in listed {
            #expect(list == list.sorted())
            for index in text.tokens.indices where matcher.longestMatch(at: index, in: text, syllables: starts.syllables) != nil {
                #expect(list.contains(index))
            }
        }
        // Every context word is marked where it starts.
        for index in text.tokens.indices {
            #expect(starts.roles[index].startsWord
                == (Self.tables.contextWords.longestMatch(at: index, in: text, syllables: starts.syllables) != nil))
        }
    }

    @Test func startsFollowTheWordsAndTheirCapitals() {
        // Tokens: Ông Ba ở tỉnh Hà Giang , không ở hà giang .
        let text = AnalyzedText("Ông Ba ở tỉnh Hà Giang, không ở hà giang.")
        let starts = PlaceStarts(text: text, tables: Self.tables)
        // `Ông` marks a person before `Ba`; `ở` a locative before `tỉnh` and `hà`.
        #expect(starts.roles[1].before(.person) && starts.roles[0].startsWord)
        #expect(starts.roles[3].before(.locative) && starts.roles[9].before(.locative))
        #expect(!starts.roles[4].before(.person) && !starts.roles[4].before(.locative) && !starts.roles[5].startsWord)
        #expect(starts.typeWords == [3])
        #expect(starts.names.contains(4))
        // A name whose entries want capitals starts nowhere in lower case; a comma starts nothing.
        #expect(!starts.names.contains(9))
        #expect(!(starts.typeWords + starts.names).contains(6) && !starts.roles[6].startsWord)
    }

    @Test func theUnionOfTwoOrderedListsKeepsEachTokenOnce() {
        #expect(Array(PlaceStarts.union([1, 4, 7], [2, 4, 9])) == [1, 2, 4, 7, 9])
        #expect(Array(PlaceStarts.union([], [3, 3, 5])) == [3, 5])
        #expect(Array(PlaceStarts.union([2, 2], [])) == [2])
        #expect(Array(PlaceStarts.union([], [])).isEmpty)
    }
}
