import Testing
@testable import VietExtract

/// `PersonNameKeys` cuts names where `lowercased().split(separator: " ")` does and gives two words
/// the same key exactly when Swift calls their lower-cased strings equal.
@Suite struct PersonNameKeysTests {
    private func keys(_ name: String) -> [UInt64] {
        var keys: [UInt64] = [7]  // appended after what the array holds
        PersonNameKeys.appendWords(of: name, to: &keys)
        #expect(keys.first == 7)
        return Array(keys.dropFirst())
    }

    @Test func wordsAreCutAtSpacesAsSplitCutsThem() {
        #expect(keys("Lưu Thị Ngọc Diệp").count == 4)
        #expect(keys("  Quách  Tĩnh ").count == 2)
        #expect(keys("").isEmpty)
        for name in ["Ỷ Thiên Đồ", "Jean-Luc Bérard", "Kim 김 Lan", "Lê\u{200D} Văn", "Ana\u{301} María"] {
            #expect(keys(name).count == name.lowercased().split(separator: " ").count, "\(name)")
        }
        // U+0301 after the space joins it into one character, which `split` does not cut at.
        #expect(keys("Hoa \u{301}Lan").count == 1)
    }

    @Test func theSameWordInAnyCaseOrCompositionHasOneKey() {
        #expect(keys("Nguyễn Văn Ân") == keys("NGUYỄN VĂN ÂN"))
        #expect(keys("Le\u{302} Va\u{306}n") == keys("Lê Văn"))
        #expect(keys("Иван Петров") == keys("ИВАН ПЕТРОВ"))
        #expect(keys("Quách  Tĩnh") == keys("quách tĩnh"))
    }

    @Test func differentWordsHaveDifferentKeys() {
        #expect(keys("Trần Thị Lan") != keys("Trần Thị Lân"))
        #expect(keys("Lan Anh") != keys("Anh Lan"))
        #expect(keys("Иван Петров") != keys("Иван Сидоров"))
        let words = keys("hoà hòa hoa hóa")
        #expect(Set(words).count == 4)
    }
}
