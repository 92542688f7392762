import Testing
@testable import VietExtract

/// The pair table of the second-token test: a word and the next word that begin a phrase of a
/// table-led form let that form go on; other next words do not; a one-syllable phrase goes on alone.
@Suite struct DateFollowersTests {
    static let words = try! DateWords()

    func starts(_ first: String, before second: String) -> DateStarts {
        Self.words.followers.starts(SyllableKeys.key(ofWord: first), before: SyllableKeys.key(ofWord: second))
    }

    @Test func pairsOfTheTablesLetTheirFormsGoOn() {
        #expect(starts("hàng", before: "tuần").contains(.recurring))
        #expect(starts("quốc", before: "khánh").contains(.namedDay))
        #expect(starts("đầu", before: "tháng").contains(.modified))
        #expect(starts("một", before: "năm").isSuperset(of: [.half, .relative]))
        #expect(starts("các", before: "năm").contains(.decade))
        #expect(starts("thế", before: "kỷ").contains(.century))
        #expect(starts("cách", before: "đây").contains(.relative))
    }

    @Test func otherPairsLetNothingGoOn() {
        #expect(starts("hàng", before: "hóa").isEmpty)
        #expect(starts("quốc", before: "gia").isEmpty)
        #expect(starts("đầu", before: "tư").isEmpty)
        #expect(starts("một", before: "người").isEmpty)
        #expect(starts("các", before: "bạn").isEmpty)
        #expect(starts("thế", before: "giới").isEmpty)
    }

    @Test func builderKeepsPairsAndWordsAlone() {
        var builder = DateFollowers.Builder()
        let (first, second, third) = (SyllableKeys.key(ofWord: "sáng"), SyllableKeys.key(ofWord: "sớm"), SyllableKeys.key(ofWord: "mai"))
        builder.add(phrase: [first, second], .partOfDay)
        builder.add(phrase: [first], .partOfDay)
        builder.add(third, before: [second], .deictic)
        let followers = DateFollowers(builder)
        #expect(followers.starts(first, before: second) == .partOfDay)
        #expect(followers.starts(third, before: second) == .deictic)
        #expect(followers.starts(second, before: first).isEmpty)
        #expect(builder.alone[first] == .partOfDay)
        #expect(builder.alone[third] == nil)
    }
}
