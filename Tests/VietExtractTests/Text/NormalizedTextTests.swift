import Testing
@testable import VietExtract

@Suite struct NormalizedTextTests {
    private func view(_ text: String) -> NormalizedText { NormalizedText(original: Array(text.utf16)) }
    private func string(_ view: NormalizedText) -> String { String(decoding: view.units, as: UTF16.self) }

    @Test func nfcInputIsUnchangedAndIdentityMapped() {
        let normalized = view("Thừa Thiên Huế")
        #expect(string(normalized) == "Thừa Thiên Huế")
        #expect(normalized.isIdentityMapped)
    }

    @Test func nfdInputComposesAndMapsBackToWholeSequences() {
        // "Việt Nam" in NFD: e + circumflex + dot below.
        let original = "Vie\u{302}\u{323}t Nam"
        let normalized = view(original)
        #expect(string(normalized) == "Việt Nam")
        // "Nam" starts at view 5 and at original 7.
        #expect(normalized.originalRange(of: 5..<8) == 7..<10)
        // "Việt" covers the whole decomposed sequence.
        #expect(normalized.originalRange(of: 0..<4) == 0..<6)
    }

    @Test(arguments: [("hòa", "hoà"), ("Hòa", "Hoà"), ("thủy", "thuỷ"), ("khỏe", "khoẻ"), ("HÒA", "HOÀ"), ("ủy", "uỷ")])
    func oldToneMarksFoldToNewStyle(old: String, new: String) {
        #expect(string(view(old)) == new)
        #expect(string(view(new)) == new)
    }

    @Test(arguments: ["hoàng", "quý", "toán", "thuyết", "Quỳnh"])
    func toneMarksOutsideOpenOaOeUyStay(word: String) {
        #expect(string(view(word)) == word)
    }

    @Test func ethReadsAsDStroke() {
        let normalized = view("\u{00D0}à Nẵng")
        #expect(string(normalized) == "Đà Nẵng")
        #expect(normalized.isIdentityMapped)
    }

    @Test func invisibleCharactersAreDroppedAndSpansSkipThem() {
        let original = "Hà\u{200B}Nội\u{00A0}mới"
        let normalized = view(original)
        #expect(string(normalized) == "HàNội mới")
        #expect(normalized.originalRange(of: 2..<5) == 3..<6)
        #expect(normalized.originalRange(of: 0..<2) == 0..<2)
    }

    /// No ASCII unit may be rewritten or start an old-style tone (the survey's most common case).
    @Test func noASCIIUnitIsRewrittenOrStartsAnOldStyleTone() {
        let flagged = (0..<UInt16(0x80)).filter {
            !UnitClasses.table[Int($0)].intersection([.rewritten, .oldStyleStart]).isEmpty
        }
        #expect(flagged.isEmpty)
    }

    /// A text analyzed from its String gets the same view and map as its units normalized directly.
    @Test(arguments: ["Thừa Thiên Huế", "Vie\u{302}\u{323}t Nam", "hòa thủy", "Ðà Nẵng\u{A0}x", "a\u{200B}b 👍 hòa"])
    func transcoderSurveyGivesTheSameView(_ text: String) {
        let analyzed = AnalyzedText(text)
        let direct = view(text)
        #expect(analyzed.view.units == direct.units)
        #expect(analyzed.view.isIdentityMapped == direct.isIdentityMapped)
        #expect((0...direct.units.count).map { analyzed.originalRange(ofView: $0..<$0) } ==
            (0...direct.units.count).map { direct.originalRange(of: $0..<$0) })
    }
}
