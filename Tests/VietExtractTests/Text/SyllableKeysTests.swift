import Testing
@testable import VietExtract

@Suite struct SyllableKeysTests {
    func keys(_ text: String) -> [UInt64] { AnalyzedText(text).keys }

    @Test func caseAndUnicodeFormDoNotChangeAKey() {
        let forms = keys("Hòa HÒA hòa Ho\u{300}a")
        #expect(Set(forms).count == 1)
        #expect(forms.count == 4)
    }

    @Test func bothApostrophesGiveOneKey() {
        #expect(keys("R’Lấp") == keys("R'Lấp"))
    }

    @Test func differentSyllablesGetDifferentKeys() {
        let found = keys("ha hà há hả hã hạ hà nội")
        #expect(Set(found).count == 7)
    }

    @Test func aDashHasTheDashKeyAndNothingElseDoes() {
        let found = keys("Thừa Thiên - Huế, Bà Rịa–Vũng Tàu")
        let tokens = AnalyzedText("Thừa Thiên - Huế, Bà Rịa–Vũng Tàu").tokens
        #expect(found.count == tokens.count)
        #expect(found.filter { $0 == SyllableKeys.dash }.count == 2)
        #expect(found[2] == SyllableKeys.dash)
    }

    @Test func aTableFindsATokenByItsKey() {
        var table = SyllableTable()
        let id = Array("Huế".utf16).withUnsafeBufferPointer { table.intern($0, 0..<$0.count) }
        #expect(table.ids(of: AnalyzedText("huế HUẾ Huê")) == [id, id, SyllableTable.unknown])
    }
}
