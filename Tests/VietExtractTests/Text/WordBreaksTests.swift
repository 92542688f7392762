import CICU
import Foundation
import Testing
@testable import VietExtract

/// The segmenter cuts most words by `WordBreaks`' rules without asking ICU: its tokens must be
/// exactly those at ICU's boundaries, with the same flags and keys, on any text.
@Suite struct WordBreaksTests {
    private func sameAsICU(_ units: [UInt16]) -> Bool {
        let fast = Segmenter.segment(units)
        let icu = Segmenter.segmentAtICUBoundaries(units)
        return fast.tokens == icu.tokens && fast.keys == icu.keys
    }

    private func tokens(_ text: String) -> [String] {
        let units = Array(text.utf16)
        return Segmenter.segment(units).tokens.map { String(decoding: units[$0.range], as: UTF16.self) }
    }

    @Test func lettersDigitsAndTheirJoinersHoldTogether() {
        #expect(tokens("TP.HCM có 12.100 người, 3,9% và 10h30") ==
            ["TP.HCM", "có", "12.100", "người", ",", "3,9", "%", "và", "10h30"])
        #expect(tokens("Số 39-CT/TW ngày 22/10/2013") == ["Số", "39", "-", "CT", "/", "TW", "ngày", "22", "/", "10", "/", "2013"])
        #expect(tokens("tin@vx.vn, @a") == ["tin@vx.vn", ",", "@a"])
    }

    @Test func joinersBetweenDifferentKindsOrAtTheEndCut() {
        #expect(tokens("a.1 1.a a, 1:2 a:b x. y'") ==
            ["a", ".", "1", "1", ".", "a", "a", ",", "1", ":", "2", "a", ":", "b", "x", ".", "y", "'"])
    }

    @Test func lineBreaksMarkTheTokenAfterThem() {
        let units = Array("a  b\r\nc\n\nd\r\re".utf16)
        let tokens = Segmenter.segment(units).tokens
        #expect(tokens.map { String(decoding: units[$0.range], as: UTF16.self) } == ["a", "b", "c", "d", "e"])
        #expect(tokens.map { $0.flags.contains(.lineBefore) } == [true, false, true, true, true])
        #expect(sameAsICU(units))
    }

    @Test func stretchesWithOtherCharactersAreICUs() {
        for text in ["ca\u{301}c ba\u{301}o", "snake_case x", "Hà Nội 北京市 và Москва", "👍🏽 ok 👨‍👩‍👧", "\u{301}a b",
                     "a \u{301}b", "שלום \"x\" ש\"ב", "a\u{200D}b c", "x\u{2028}y", "١٢٣ 456", "Thái ภาษาไทย Lào",
                     "Hà😀Nội, Hà😀Nội, ok Hà😀Nội,", "北京 上海\n广州 ok", "x 👍"] {
            #expect(sameAsICU(Array(text.utf16)), "\(text)")
        }
    }

    /// Every character the segmenter classifies, in every context its rules read, against ICU:
    /// this finds a tailoring of ICU's rules that the Word_Break property does not show.
    @Test func everyClassifiedCharacterBreaksAsICUBreaksIt() {
        var mismatches: Set<String> = []
        for unit in Self.classified {
            for (before, after) in [([0x61], [0x62]), ([0x31], [0x32]), ([0x61], []), ([], [0x61]), ([unit], []),
                                    ([0x20], [0x20]), ([0x61], [0x31]), ([0x31], [0x61]), ([0x0D], [0x0A])] as [([UInt16], [UInt16])]
            where !sameAsICU(before + [unit] + after) {
                mismatches.insert(String(unit, radix: 16))
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.sorted())")
    }

    @Test func emptyTextHasNoTokens() {
        #expect(Segmenter.segment([]).tokens.isEmpty)
    }

    /// Random strings over letters, digits, every joiner and the characters that send a stretch to ICU.
    @Test func randomTextsBreakAsICUBreaksThem() {
        let alphabet: [String] = ["a", "B", "ệ", "Đ", "ư", "1", "0", ".", ",", ";", ":", "'", "’", "\"", "-", "/", "(",
                                  ")", " ", " ", "  ", "\n", "\r", "\t", "\u{301}", "\u{200D}", "_", "北", "ש", "👍",
                                  "…", "“", "%", "·", "@", "ก"]
        var generator = SplitMix(seed: 20261127)
        var mismatches: [String] = []
        for _ in 0..<50_000 {
            let length = Int(generator.next() % 12) + 1
            // One character in four is any the segmenter classifies, so pairs of rare ones meet too.
            let text = (0..<length).map { _ in
                generator.next() % 4 == 0
                    ? String(decoding: [Self.classified[Int(generator.next() % UInt64(Self.classified.count))]], as: UTF16.self)
                    : alphabet[Int(generator.next() % UInt64(alphabet.count))]
            }.joined()
            if !sameAsICU(Array(text.utf16)) { mismatches.append(text.debugDescription) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }

    /// The units the segmenter cuts by its own rules (the others always go to ICU).
    private static let classified = (0..<UInt16(UnitClasses.tableSize)).filter {
        UnitClasses.wordBreakClass(UnitClasses.withFolds[Int($0)]) != .icu
    }
}
