import Testing
@testable import VietExtract

@Suite struct BaseLettersTests {
    private func base(_ character: Character) -> UInt8 { BaseLetters.base(character.utf16.first!) }

    @Test func vietnameseLettersOfEitherCaseHaveTheirASCIIBase() {
        #expect(base("Ứ") == UInt8(ascii: "u"))
        #expect(base("ậ") == UInt8(ascii: "a"))
        #expect(base("Y") == UInt8(ascii: "y"))
        #expect(base("đ") == BaseLetters.dStroke)
        #expect(base("Đ") == BaseLetters.dStroke)
    }

    @Test func digitsPunctuationAndOtherScriptsHaveNone() {
        #expect(base("7") == 0)
        #expect(base("-") == 0)
        #expect(base("ø") == 0)
        #expect(base("北") == 0)
    }
}
