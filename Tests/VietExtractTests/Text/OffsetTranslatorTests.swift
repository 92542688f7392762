import Testing
@testable import VietExtract

@Suite struct OffsetTranslatorTests {
    /// A long text of every width: ASCII, Vietnamese (2 and 3 UTF-8 bytes), CJK and emoji (surrogate pairs).
    static let text = String(repeating: "Hà Nội 39-CT/TW 北京 😀 ", count: 2_500) + "Điện Biên"

    @Test func positionsEqualSwiftsOwnCountsAcrossLongRunsOfEveryWidth() {
        let units = Array(Self.text.utf16)
        // Offsets on scalar boundaries, both near the start and past many 16-unit blocks.
        let scalarStarts = Self.text.unicodeScalars.indices.map { $0.utf16Offset(in: Self.text) }
        let wanted = [0, 1, 5, 17, 33, 4_097, 40_000, 65_555] .compactMap { target in scalarStarts.first { $0 >= target } }
            + [units.count]
        let positions = OffsetTranslator.positions(of: wanted.reversed(), in: units)
        for offset in wanted {
            let index = String.Index(utf16Offset: offset, in: Self.text)
            let prefix = Self.text[..<index]
            #expect(positions[offset]?.codePoints == prefix.unicodeScalars.count)
            #expect(positions[offset]?.utf8 == prefix.utf8.count)
        }
    }

    @Test func everyScalarStartOfAMixedTextIsCountedWhateverItsPlaceInAWord() {
        // Four units are counted at a time: surrogate pairs and wide letters at every lane and across words.
        let text = "a😀ả北b😀😀ễ x😀" + String(repeating: "Đ😀k", count: 7)
        let units = Array(text.utf16)
        let starts = text.unicodeScalars.indices.map { $0.utf16Offset(in: text) }
        for (count, start) in starts.enumerated() {
            let position = OffsetTranslator.positions(of: [start], in: units)[start]
            #expect(position?.codePoints == count)
            #expect(position?.utf8 == text.unicodeScalars.prefix(count).reduce(0) { $0 + String($1).utf8.count })
        }
    }

    @Test func positionsInOrderFollowTheOffsetsAskedOverLongRunsWithNoSurrogate() {
        // Only units below 0x8000 (1, 2 and 3 UTF-8 bytes): every stretch is counted sixteen lanes at a time.
        let text = String(repeating: "Nghị quyết số 12 của Bộ Chính trị ở Đồng Tháp – ngày 5/9. ", count: 1_500)
        let units = Array(text.utf16)
        let scalarStarts = text.unicodeScalars.indices.map { $0.utf16Offset(in: text) }
        // Unsorted, with a repeat and the end: each answer is in the place its offset was asked.
        let wanted = [70_001, 3, 3, 65_537, 9, 40_000, 0, 13].compactMap { target in scalarStarts.first { $0 >= target } }
            + [units.count]
        let positions = OffsetTranslator.positions(inOrderOf: wanted, in: units)
        #expect(positions.count == wanted.count)
        for (offset, position) in zip(wanted, positions) {
            let prefix = text[..<String.Index(utf16Offset: offset, in: text)]
            #expect(position.utf16 == offset)
            #expect(position.codePoints == prefix.unicodeScalars.count)
            #expect(position.utf8 == prefix.utf8.count)
        }
        #expect(positions.last?.utf8 == text.utf8.count)
        #expect(positions.last?.codePoints != text.utf8.count)
    }

    @Test func everyScalarStartAskedAtOnceIsCountedWhereverItsStretchEndsInAVector() {
        // No surrogate: stretches of every length from one offset to the next, short ones read as
        // one masked vector, near the start and further on.
        let text = "Ông Đỗ Văn Bảy ở xã Ea Kar – 北 ngày 1/2, họp tại Hà Nội."
        let units = Array(text.utf16)
        let starts = text.unicodeScalars.indices.map { $0.utf16Offset(in: text) }
        let positions = OffsetTranslator.positions(inOrderOf: starts.reversed(), in: units)
        for (count, position) in positions.reversed().enumerated() {
            #expect(position.codePoints == count)
            #expect(position.utf8 == text.unicodeScalars.prefix(count).reduce(0) { $0 + String($1).utf8.count })
        }
        #expect(OffsetTranslator.positions(inOrderOf: [17], in: units).first?.utf8 != 17)
    }

    @Test func anOffsetPastTheEndStopsAtTheEnd() {
        let units = Array("ả😀".utf16)
        let positions = OffsetTranslator.positions(of: [10], in: units)
        #expect(positions[10]?.codePoints == 2)
        #expect(positions[10]?.utf8 == 7)
    }
}
