import Testing
@testable import VietExtract

/// The one pass that finds where references can start: every token with a digit, and only the
/// capitalized words that begin a name (`Luật`, `Nghị quyết`), not other capitals.
@Suite struct ReferenceStartsTests {
    @Test func findsNumbersAndNameStarts() throws {
        let text = AnalyzedText("Theo Luật Đất đai 2013 và Nghị định 15/2020/NĐ-CP, ông Ba nói số2260.")
        let named = NamedReferenceMatcher(laws: try .resource("documents/laws.tsv", required: ["name", "type"]))
        let starts = ReferenceStarts(in: text, named: named)
        let words = starts.names.map { text.string(of: text.tokens[$0]) }
        #expect(words.contains("Luật"))
        #expect(!words.contains("Theo") && !words.contains("Ba") && !words.contains("Đất"))
        let numbers = starts.numbers.map { text.string(of: text.tokens[$0]) }
        #expect(numbers.contains("2013") && numbers.contains("15") && numbers.contains("2020") && numbers.contains("số2260"))
        #expect(starts.numbers.allSatisfy { text.tokens[$0].flags.contains(.hasDigit) })
        #expect(starts.numbers == starts.numbers.sorted() && starts.names == starts.names.sorted())
    }

    @Test func textWithoutDigitsOrNamesHasNoStarts() throws {
        let text = AnalyzedText("Hôm nay trời đẹp, mọi người đi chơi.")
        let named = NamedReferenceMatcher(laws: try .resource("documents/laws.tsv", required: ["name", "type"]))
        let starts = ReferenceStarts(in: text, named: named)
        #expect(starts.numbers.isEmpty && starts.names.isEmpty)
    }
}
