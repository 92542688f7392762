import Testing
@testable import VietExtract

/// One syllable table shared by matchers compiled one after the other: the ids of a text computed
/// once over its last state serve every matcher, and ids of another table are never read.
@Suite struct TextSyllablesTests {
    static let places = [Gazetteer(name: "places", entries: [GazetteerEntry(name: "Hà Nội", label: .location, id: "hn")])]
    static let bodies = [Gazetteer(name: "bodies", entries: [GazetteerEntry(name: "Sở Xây dựng", label: .organization, id: "sxd")])]
    static let text = AnalyzedText("Sở Xây dựng Hà Nội họp sáng nay.")

    /// A matcher compiled first, one compiled after it over the same table, and the table's last state.
    static func shared() -> (first: GazetteerMatcher, second: GazetteerMatcher, table: SyllableTable) {
        var table = SyllableTable()
        let first = GazetteerMatcher(places, interningInto: &table)
        let second = GazetteerMatcher(bodies, interningInto: &table)
        return (first, second, table)
    }

    @Test func onePassServesMatchersCompiledEarlier() {
        let (first, second, table) = Self.shared()
        let shared = table.syllables(of: Self.text)
        #expect(first.syllables(of: Self.text, shared: shared) == shared.ids)
        #expect(second.syllables(of: Self.text, shared: shared) == shared.ids)
        #expect(first.matches(in: Self.text, syllables: shared.ids).map(\.tokens) == [3..<5])
        #expect(second.matches(in: Self.text, syllables: shared.ids).map(\.tokens) == [0..<3])
        // The later matcher's syllables have ids past the first one's table: it does not know them.
        #expect(shared.ids[0] >= 0)
        #expect(!first.knows(shared.ids[0]))
        #expect(!first.startsKey(shared.ids[0], capitalized: true))
        #expect(first.knows(shared.ids[3]))
    }

    @Test func idsOfAnotherTableOrAnEarlierStateAreNotRead() {
        let first = Self.shared().first
        // The same syllables interned into another table, in another order: other ids.
        var other = SyllableTable()
        _ = GazetteerMatcher(Self.bodies + Self.places, interningInto: &other)
        let foreign = other.syllables(of: Self.text)
        #expect(first.syllables(of: Self.text, shared: foreign) == first.syllables(of: Self.text))
        #expect(first.syllables(of: Self.text, shared: foreign) != foreign.ids)
        // The table as the first matcher left it serves the first, not the second, whose syllables it lacks.
        var table = SyllableTable()
        let early = GazetteerMatcher(Self.places, interningInto: &table)
        let earlier = table.syllables(of: Self.text)
        let late = GazetteerMatcher(Self.bodies, interningInto: &table)
        #expect(early.syllables(of: Self.text, shared: earlier) == earlier.ids)
        #expect(late.syllables(of: Self.text, shared: earlier) == late.syllables(of: Self.text))
        #expect(late.syllables(of: Self.text, shared: earlier) != earlier.ids)
        #expect(late.matches(in: Self.text, syllables: late.syllables(of: Self.text, shared: earlier)).map(\.tokens) == [0..<3])
    }

    @Test func anExtractorFindsWhatItsRecognizersFindAlone() throws {
        let text = "Ông Nguyễn Văn Bình, Giám đốc Sở Y tế tỉnh Bình Định, đến Hà Nội hôm qua."
        let shared = try Extractor()
        let alone = Extractor(options: ExtractorOptions(), recognizers: try Extractor.builtInRecognizers().map(Alone.init),
                              linkers: Extractor.builtInLinkers())
        let found = shared.extract(text).map { "\($0.label.rawValue) \($0.text)" }
        #expect(found == alone.extract(text).map { "\($0.label.rawValue) \($0.text)" })
        #expect(found.contains("LOC Hà Nội"))
    }

    /// A recognizer that never sees the extractor's syllable ids.
    struct Alone: Recognizer {
        let recognizer: any Recognizer
        init(_ recognizer: any Recognizer) { self.recognizer = recognizer }
        var labels: Set<EntityLabel> { recognizer.labels }
        func recognize(in text: AnalyzedText, context: RecognitionContext, candidates: inout [Candidate]) {
            var context = context
            context.syllables = nil
            recognizer.recognize(in: text, context: context, candidates: &candidates)
        }
    }
}
