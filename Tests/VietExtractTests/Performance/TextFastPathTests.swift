import Testing
@testable import VietExtract

/// The text layer's fast paths answer exactly as the general code they short-cut.
@Suite struct TextFastPathTests {
    @Test(arguments: ["", "abc", "Chỉ thị số 39-CT/TW", "Hà Nội\n\nngày 22/10/2013", "emoji 😀 và 𝔘", "\u{0000}x\u{FFFF}"])
    func transcoderEqualsTheStandardLibrary(_ text: String) {
        #expect(UTF16Transcoder.units(of: text) == Array(text.utf16))
        #expect(UTF16Transcoder.string(of: Array(text.utf16)[...]) == text)
    }

    /// Random mixes of 1-, 2-, 3- and 4-byte characters, at every boundary of the decoding's
    /// length masks (0x7F/0x80, 0x7FF/0x800, 0xFFFF/0x10000).
    @Test func transcoderEqualsTheStandardLibraryOnRandomMixes() {
        let scalars: [UInt32] = [0x00, 0x41, 0x7F, 0x80, 0xE0, 0x1A1, 0x300, 0x7FF, 0x800, 0x1EA1, 0x2019, 0xD7FF,
                                 0xE000, 0xFFFD, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let length = Int.random(in: 0...12, using: &generator)
            var text = ""
            for _ in 0..<length { text.unicodeScalars.append(Unicode.Scalar(scalars.randomElement(using: &generator)!)!) }
            #expect(UTF16Transcoder.units(of: text) == Array(text.utf16), "\(Array(text.unicodeScalars))")
        }
        #expect(UTF16Transcoder.units(of: "é") != Array("e".utf16))
    }

    @Test func unitsBackToAStringRepairLoneSurrogatesAsTheStandardLibraryDoes() {
        let cases: [[UInt16]] = [[0xD83D], [0x61, 0xDE00, 0x62], [0xD83D, 0x61], [0xDE00, 0xD83D], [0xD83D, 0xDE00, 0xD83D]]
        for units in cases {
            #expect(UTF16Transcoder.string(of: units[...]) == String(decoding: units, as: UTF16.self), "\(units)")
        }
    }

    @Test func unchangedTextSharesTheIdentityMap() {
        let original = Array("Thủ tướng Chính phủ ký Quyết định".utf16)
        let view = NormalizedText(original: original)
        #expect(view.isIdentityMapped)
        #expect(view.units == original)
        #expect(view.originalRange(of: 4..<9) == 4..<9)
    }

    @Test func oldStyleToneIsFoldedOnTheFastPathToo() {
        let view = NormalizedText(original: Array("hòa bình, thủy lợi, quý".utf16))
        #expect(view.isIdentityMapped)
        #expect(String(decoding: view.units, as: UTF16.self) == "hoà bình, thuỷ lợi, quý")
    }

    @Test func decomposedTextTakesTheMappedPath() {
        let original = Array("Ha\u{0300} No\u{0323}\u{0302}i".utf16)
        let view = NormalizedText(original: original)
        #expect(!view.isIdentityMapped)
        #expect(String(decoding: view.units, as: UTF16.self) == "Hà Nội")
        #expect(view.originalRange(of: 3..<6) == 4..<9)
    }

    @Test(arguments: ["\u{00A0}", "\u{00AD}", "\u{00D0}", "\u{200B}", "\u{FEFF}", "\u{0301}"])
    func eachRewrittenUnitLeavesTheFastPath(_ unit: String) {
        let original = Array("a\(unit)b".utf16)
        #expect(NormalizedText(original: original).units != original)
    }

    @Test func unitTableAgreesWithTheLetterFunctions() {
        for value in 0...0xFFFF {
            let unit = UInt16(value)
            let bits = UnitClasses.table.withUnsafeBufferPointer { UnitClasses.of(unit, in: $0) }
            #expect(bits.contains(.upper) == UTF16Letters.isUpper(unit))
            #expect(bits.contains(.whitespace) == UTF16Letters.isWhitespace(unit))
            #expect(bits.contains(.oldStyleStart) == TonePlacement.mayStartOldStyle(unit))
            #expect(bits.contains(.digit) == UTF16Letters.isDigit(unit))
        }
    }

    @Test func tokensKeepTheirCaseAndDigitFlags() {
        let text = AnalyzedText("Bộ GTVT ra văn bản 15/2020 ngày 10h30.")
        let words = text.tokens.map { text.string(of: $0) }
        #expect(words == ["Bộ", "GTVT", "ra", "văn", "bản", "15", "/", "2020", "ngày", "10h30", "."])
        #expect(text.tokens[0].flags.contains(.initialCapital) && !text.tokens[0].flags.contains(.allCapitals))
        #expect(text.tokens[1].flags.contains(.allCapitals))
        #expect(!text.tokens[2].flags.contains(.initialCapital))
        #expect(text.tokens[5].kind == .number && text.tokens[6].kind == .punctuation)
        #expect(text.tokens[9].kind == .word && text.tokens[9].flags.contains(.hasDigit))
    }
}
