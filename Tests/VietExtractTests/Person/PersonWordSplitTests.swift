import Testing
@testable import VietExtract

/// `PersonClusters.spaceSeparated` cuts names at spaces exactly as `split(separator: " ")` does,
/// whether it reads bytes (letters only) or characters (a combining mark may join a space).
@Suite struct PersonWordSplitTests {
    private func expectSameAsSplit(_ name: String) {
        #expect(PersonClusters.spaceSeparated(name) == name.split(separator: " ").map(String.init))
    }

    @Test func lettersAreCutAtEverySpace() {
        #expect(PersonClusters.spaceSeparated("Lưu Thị Ngọc Diệp") == ["Lưu", "Thị", "Ngọc", "Diệp"])
        #expect(PersonClusters.spaceSeparated("  Quách  Tĩnh ") == ["Quách", "Tĩnh"])
        #expect(PersonClusters.spaceSeparated("Gareth") == ["Gareth"])
        #expect(PersonClusters.spaceSeparated("").isEmpty)
        for name in ["Ỷ Thiên Đồ", "Đỗ  Ưng", "Jean-Luc Bérard", "ỳ ỵ ẻ"] { expectSameAsSplit(name) }
    }

    @Test func aCombiningMarkAfterASpaceKeepsThemOneCharacter() {
        // U+0301 after the space joins it into one character, which `split` does not cut at.
        let joined = "Hoa \u{301}Lan"
        #expect(PersonClusters.spaceSeparated(joined) == joined.split(separator: " ").map(String.init))
        #expect(PersonClusters.spaceSeparated(joined).count == 1)
        for name in ["Ana\u{301} María", "Kim 김 Lan", "Lê\u{200D} Văn"] { expectSameAsSplit(name) }
    }
}
