import CICU
import Foundation
import Testing
@testable import VietExtract

/// The word boundaries cut without ICU must be exactly ICU's, on any text.
@Suite struct WordBreaksTests {
    private func fast(_ units: [UInt16]) -> [Int32] { units.withUnsafeBufferPointer(WordBreaks.boundaries(in:)) }
    private func icu(_ units: [UInt16]) -> [Int32] { Segmenter.boundaries(CICU_BREAK_WORD, in: units) }
    private func segments(_ text: String) -> [String] {
        let units = Array(text.utf16)
        let cuts = fast(units)
        return zip(cuts, cuts.dropFirst()).map { String(decoding: units[Int($0)..<Int($1)], as: UTF16.self) }
    }

    @Test func lettersDigitsAndTheirJoinersHoldTogether() {
        #expect(segments("TP.HCM có 12.100 người, 3,9% và 10h30") ==
            ["TP.HCM", " ", "có", " ", "12.100", " ", "người", ",", " ", "3,9", "%", " ", "và", " ", "10h30"])
        #expect(segments("Số 39-CT/TW ngày 22/10/2013") ==
            ["Số", " ", "39", "-", "CT", "/", "TW", " ", "ngày", " ", "22", "/", "10", "/", "2013"])
    }

    @Test func joinersBetweenDifferentKindsOrAtTheEndCut() {
        #expect(segments("a.1 1.a a, 1:2 a:b x. y'") == ["a", ".", "1", " ", "1", ".", "a", " ", "a", ",", " ",
                                                   "1", ":", "2", " ", "a", ":", "b", " ", "x", ".", " ", "y", "'"])
        #expect(segments("tin@vx.vn, @a") == ["tin@vx.vn", ",", " ", "@a"])
    }

    @Test func spacesAndLineBreaksHoldAsICUHoldsThem() {
        #expect(segments("a  b\r\nc\n\nd\r\re") == ["a", "  ", "b", "\r\n", "c", "\n", "\n", "d", "\r", "\r", "e"])
    }

    @Test func stretchesWithOtherCharactersAreICUs() {
        for text in ["ca\u{301}c ba\u{301}o", "snake_case x", "Hà Nội 北京市 và Москва", "👍🏽 ok 👨‍👩‍👧", "\u{301}a b",
                     "a \u{301}b", "שלום \"x\" ש\"ב", "a\u{200D}b c", "x\u{2028}y", "١٢٣ 456"] {
            let units = Array(text.utf16)
            #expect(fast(units) == icu(units), "\(text)")
        }
    }

    /// Every character the fast path classifies, in every context its rules look at, against ICU:
    /// this finds a tailoring of ICU's rules that the Word_Break property does not show.
    @Test func everyClassifiedCharacterBreaksAsICUBreaksIt() {
        var mismatches: [String] = []
        for unit in 0..<UInt16(UnitClasses.tableSize) where WordBreaks.table[Int(unit)] != .icu {
            for (before, after) in [([0x61], [0x62]), ([0x31], [0x32]), ([0x61], []), ([], [0x61]), ([unit], []),
                                    ([0x20], [0x20]), ([0x61], [0x31]), ([0x31], [0x61]), ([0x0D], [0x0A])] as [([UInt16], [UInt16])] {
                let units = before + [unit] + after
                if fast(units) != icu(units) { mismatches.append(String(unit, radix: 16)) }
            }
        }
        #expect(mismatches.isEmpty, "\(Set(mismatches).sorted())")
    }

    @Test func emptyTextHasOneBoundary() {
        #expect(fast([]) == [0])
    }

    /// Random strings over letters, digits, every joiner and the characters that send a stretch to ICU.
    @Test func randomTextsBreakAsICUBreaksThem() {
        let alphabet: [String] = ["a", "B", "ệ", "Đ", "ư", "1", "0", ".", ",", ";", ":", "'", "’", "\"", "-", "/", "(",
                                  ")", " ", " ", "  ", "\n", "\r", "\t", "\u{301}", "\u{200D}", "_", "北", "ש", "👍",
                                  "…", "“", "%", "·", "\u{A0}", "@"]
        let classified = (0..<UInt16(UnitClasses.tableSize)).filter {
            WordBreaks.table[Int($0)] != .icu && !(0xD800...0xDFFF).contains($0)
        }
        var generator = SplitMix(seed: 20261127)
        var mismatches: [String] = []
        for _ in 0..<50_000 {
            let length = Int(generator.next() % 12) + 1
            // One character in four is any the fast path classifies, so pairs of rare ones meet too.
            let text = (0..<length).map { _ in
                generator.next() % 4 == 0
                    ? String(decoding: [classified[Int(generator.next() % UInt64(classified.count))]], as: UTF16.self)
                    : alphabet[Int(generator.next() % UInt64(alphabet.count))]
            }.joined()
            let units = Array(text.utf16)
            if fast(units) != icu(units) { mismatches.append(text.debugDescription) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }

    /// A small deterministic generator, so a failure can be replayed.
    private struct SplitMix {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return value ^ (value >> 31)
        }
    }
}
