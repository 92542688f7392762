import Testing
@testable import VietExtract

@Suite struct UnicodeNormalizationTests {
    private func scalars(_ string: String) -> [UInt32] { string.unicodeScalars.map(\.value) }

    @Test func decompositionSplitsVowelMarksAndTones() {
        // ệ: e, circumflex, dot below (canonical order: the dot below, class 220, first).
        #expect(scalars(UnicodeNormalization.decomposed("ệ")) == [0x65, 0x323, 0x302])
        #expect(scalars(UnicodeNormalization.decomposed("Hòa")) == [0x48, 0x6F, 0x300, 0x61])
        #expect(scalars(UnicodeNormalization.decomposed("Ứ")) == [0x55, 0x31B, 0x301])
    }

    @Test func decompositionLeavesLettersWithoutMarksAlone() {
        #expect(scalars(UnicodeNormalization.decomposed("đ")) == [0x111])
        #expect(scalars(UnicodeNormalization.decomposed("ø")) == [0xF8])
        #expect(UnicodeNormalization.decomposed("") == "")
        #expect(scalars(UnicodeNormalization.decomposed("Minh 12")) == scalars("Minh 12"))
    }

    @Test func compositionUndoesDecomposition() {
        for word in ["Nguyễn", "Thuỳ", "khoẻ", "Đặng", "ươ"] {
            let decomposed = UnicodeNormalization.decomposed(word)
            #expect(scalars(decomposed) != scalars(word))
            #expect(scalars(UnicodeNormalization.composed(decomposed)) == scalars(word))
        }
        #expect(scalars(UnicodeNormalization.composed("Ho\u{300}a")) == [0x48, 0xF2, 0x61])
    }

    @Test func caseFoldingIsFull() {
        #expect(UnicodeNormalization.caseFolded("Straße") == "strasse")
        #expect(UnicodeNormalization.caseFolded("ﬁLE") == "file")
        #expect(UnicodeNormalization.caseFolded("ĐÀ") == "đà")
        #expect(UnicodeNormalization.caseFolded("abc") == "abc")
    }
}
