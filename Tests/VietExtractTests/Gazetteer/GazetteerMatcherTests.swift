import Testing
@testable import VietExtract

@Suite struct GazetteerMatcherTests {
    static let places = Gazetteer(name: "test", entries: [
        GazetteerEntry(name: "Thừa Thiên Huế", label: .location, id: "tth"),
        GazetteerEntry(name: "Khánh Hòa", label: .location, id: "kh"),
        GazetteerEntry(name: "Bà Rịa", label: .location, id: "br"),
        GazetteerEntry(name: "Bà Rịa - Vũng Tàu", label: .location, id: "brvt"),
        GazetteerEntry(name: "châu Âu", label: .location, id: "eu"),
        GazetteerEntry(name: "TP.HCM", label: .location, id: "hcm"),
    ])
    let matcher = GazetteerMatcher([places])

    /// The (matched original text, first id) pairs of `text`.
    func found(_ text: String, matcher: GazetteerMatcher? = nil) -> [(String, String)] {
        let analyzed = AnalyzedText(text)
        let units = analyzed.originalUnits
        let matcher = matcher ?? self.matcher
        return matcher.matches(in: analyzed).map { match in
            let range = analyzed.originalRange(ofView: match.viewRange)
            return (String(decoding: units[range], as: UTF16.self), matcher.entries(of: match).first.map { matcher.entry(at: $0).id } ?? "")
        }
    }

    @Test func bothTonePlacementsAndNFDMatchWithOffsetsIntoTheOriginal() {
        let old = "Về Khánh Hòa."
        let new = "Về Khánh Hoà."
        let nfd = "Về Kha\u{301}nh Ho\u{300}a nhé"
        #expect(found(old).map(\.0) == ["Khánh Hòa"])
        #expect(found(new).map(\.0) == ["Khánh Hoà"])
        #expect(found(nfd).map(\.0) == ["Kha\u{301}nh Ho\u{300}a"])
        #expect(found(nfd).map(\.1) == ["kh"])
    }

    @Test func dashesBetweenSyllablesAreSteppedOver() {
        #expect(found("tỉnh Thừa Thiên - Huế cũ").map(\.0) == ["Thừa Thiên - Huế"])
        #expect(found("tỉnh Thừa Thiên-Huế cũ").map(\.0) == ["Thừa Thiên-Huế"])
        #expect(found("tỉnh Thừa Thiên Huế cũ").map(\.1) == ["tth"])
        #expect(found("Thừa Thiên - - Huế").isEmpty)
    }

    @Test func theLongestEntryWinsAndShorterOnesStillMatchAlone() {
        let result = found("Từ Bà Rịa - Vũng Tàu đến Bà Rịa.")
        #expect(result.map(\.0) == ["Bà Rịa - Vũng Tàu", "Bà Rịa"])
        #expect(result.map(\.1) == ["brvt", "br"])
    }

    @Test func capitalsOfTheEntryMustBeCapitalsInTheText() {
        #expect(found("khánh hòa").isEmpty)
        #expect(found("KHÁNH HÒA").map(\.1) == ["kh"])
        #expect(found("Khánh hòa").isEmpty)
        #expect(found("Châu Âu và châu Âu").map(\.0) == ["Châu Âu", "châu Âu"])
        #expect(found("châu âu").isEmpty)
        #expect(found("Tp.HCM và tp.hcm").map(\.0) == ["Tp.HCM"])
    }

    @Test func anInsensitiveListIgnoresCase() {
        let list = Gazetteer(name: "any", entries: Self.places.entries, casePolicy: .insensitive)
        #expect(found("khánh hòa, châu âu", matcher: GazetteerMatcher([list])).map(\.1) == ["kh", "eu"])
    }

    @Test func aLowerCaseFirstSyllableStartsOnlyEntriesThatAllowIt() {
        let rivers = GazetteerMatcher([Gazetteer(name: "rivers", entries: [
            GazetteerEntry(name: "sông Hồng", label: .location, id: "hong"),
            GazetteerEntry(name: "Sông Cầu", label: .location, id: "cau"),
            GazetteerEntry(name: "Hồng Lĩnh", label: .location, id: "hl"),
        ])])
        #expect(found("sông Hồng, sông Cầu, Sông Cầu", matcher: rivers).map(\.1) == ["hong", "cau"])
        #expect(found("hồng lĩnh và Hồng Lĩnh", matcher: rivers).map(\.0) == ["Hồng Lĩnh"])
        #expect(found("SÔNG CẦU", matcher: rivers).map(\.1) == ["cau"])
    }

    @Test func earlierListsComeFirstWhereKeysAreShared() throws {
        let user = Gazetteer(name: "user", entries: [GazetteerEntry(name: "Khánh Hoà", label: .organization, id: "mine")])
        let matcher = GazetteerMatcher([user, Self.places])
        let match = try #require(matcher.matches(in: AnalyzedText("Khánh Hòa")).first)
        #expect(matcher.entries(of: match).map { matcher.entry(at: $0).id } == ["mine", "kh"])
        #expect(matcher.entries(of: match).map { matcher.listNames[matcher.list(ofEntry: $0)] } == ["user", "test"])
    }

    @Test func aTypographicApostropheMatchesAStraightOne() {
        let list = Gazetteer(name: "t", entries: [GazetteerEntry(name: "Đắk R'Lấp", label: .location, id: "drl")])
        #expect(found("Về Đắk R’Lấp hôm qua.", matcher: GazetteerMatcher([list])).map(\.0) == ["Đắk R’Lấp"])
    }

    @Test func unknownWordsAndPunctuationDoNotMatch() {
        #expect(found("Hôm nay trời đẹp, không có địa danh nào.").isEmpty)
        #expect(found("").isEmpty)
    }
}

@Suite struct SharedSyllableTests {
    static let groups = {
        var table = SyllableTable()
        return GazetteerMatcher.sharingSyllables([
            [Gazetteer(name: "places", entries: [GazetteerEntry(name: "Hà Nội", label: .location, id: "hn")])],
            [Gazetteer(name: "types", entries: [GazetteerEntry(name: "thành phố", label: .location, id: "tp")],
                       casePolicy: .insensitive)],
        ], in: &table)
    }()

    @Test func oneSyllablePassServesEveryMatcherOfTheGroup() throws {
        let text = AnalyzedText("thành phố Hà Nội")
        let syllables = Self.groups[0].syllables(of: text)
        #expect(syllables == Self.groups[1].syllables(of: text))
        #expect(Self.groups[0].matches(in: text, syllables: syllables).map(\.tokens) == [2..<4])
        #expect(Self.groups[1].matches(in: text, syllables: syllables).map(\.tokens) == [0..<2])
    }

    @Test func aMatcherKnowsOnlyItsOwnSyllables() {
        let syllables = Self.groups[0].syllables(of: AnalyzedText("thành Hà xyz"))
        #expect(syllables[2] == SyllableTable.unknown)
        #expect(syllables.map(Self.groups[0].knows) == [false, true, false])
        #expect(syllables.map(Self.groups[1].knows) == [true, false, false])
    }

    /// Interning follows one order and building needs only the table as the groups left it: groups
    /// interned, then built on another thread after later groups grew the table, match as if compiled
    /// at once, and the later groups get the ids they would have.
    @Test func groupsBuiltAfterLaterGroupsInternMatchTheSame() throws {
        let first = [GazetteerMatcher.KeyedGroup([GazetteerMatcher.List(name: "places", names: ["Hà Nội", "Sơn La"])])]
        let later = [GazetteerMatcher.KeyedGroup([GazetteerMatcher.List(name: "people", names: ["Lê Sơn", "Nguyễn Văn A"])])]
        var table = SyllableTable()
        let interned = GazetteerMatcher.InternedGroups(first, into: &table)
        let laterMatchers = GazetteerMatcher.sharingSyllables(later, in: &table)
        let built = BackgroundLoad { interned.matchers() }.value()
        var once = SyllableTable()
        let atOnce = GazetteerMatcher.sharingSyllables(first + later, in: &once)
        let text = AnalyzedText("Ông Lê Sơn đến Sơn La rồi Hà Nội.")
        #expect(built[0].matches(in: text).map(\.tokens) == atOnce[0].matches(in: text).map(\.tokens))
        #expect(built[0].matches(in: text).map(\.tokens) == [4..<6, 7..<9])
        #expect(laterMatchers[0].syllables(of: text) == atOnce[1].syllables(of: text))
        #expect(laterMatchers[0].matches(in: text).map(\.tokens) == [1..<3])
    }
}
