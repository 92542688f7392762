import CICU
import Testing
@testable import VietExtract

@Suite struct ICUShimTests {
    private func segments(_ text: String, _ kind: cicu_break_kind) -> [String] {
        let units = Array(text.utf16)
        let boundaries = Segmenter.boundaries(kind, in: units)
        return zip(boundaries, boundaries.dropFirst()).map { String(decoding: units[Int($0)..<Int($1)], as: UTF16.self) }
    }

    @Test func wordBreakSplitsSyllablesAndSymbols() {
        #expect(segments("Hà Nội, 39-CT/TW", CICU_BREAK_WORD) == ["Hà", " ", "Nội", ",", " ", "39", "-", "CT", "/", "TW"])
    }

    @Test func wordBreakKeepsNumbersWithSeparatorsTogether() {
        #expect(segments("3,9 và 12.100", CICU_BREAK_WORD) == ["3,9", " ", "và", " ", "12.100"])
    }

    @Test func sentenceBreakFindsSentences() {
        #expect(segments("Trời mưa. Ông về nhà.", CICU_BREAK_SENTENCE) == ["Trời mưa. ", "Ông về nhà."])
    }

    @Test func emptyTextHasOneBoundary() {
        #expect(Segmenter.boundaries(CICU_BREAK_WORD, in: []) == [0])
    }

    @Test func nfcComposesDecomposedVietnamese() {
        let decomposed: [UInt16] = Array("Vie\u{302}\u{323}t".utf16)
        var output = [UInt16](repeating: 0, count: 16)
        let length = cicu_nfc(decomposed, Int32(decomposed.count), &output, 16)
        #expect(String(decoding: output[0..<Int(length)], as: UTF16.self) == "Việt")
    }

    @Test func lowercaseMapsVietnameseCapitals() {
        #expect(UTF16Letters.lowercase(0x0110) == 0x0111)  // Đ → đ
        #expect(UTF16Letters.lowercase(0x1EA0) == 0x1EA1)  // Ạ → ạ
        #expect(UTF16Letters.lowercase(0x01AF) == 0x01B0)  // Ư → ư
        #expect(UTF16Letters.lowercase(0x0041) == 0x0061)
        #expect(UTF16Letters.isUpper(0x00C1) && !UTF16Letters.isUpper(0x00E1))
    }
}
