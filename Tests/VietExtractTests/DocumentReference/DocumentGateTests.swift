import Testing
@testable import VietExtract

/// The cheap tests that spare most tokens the document matchers: they must let through every
/// token a reference can start at and stop the others.
@Suite struct DocumentGateTests {
    static let named = NamedReferenceMatcher(laws: try! .resource("documents/laws.tsv", required: ["name", "type"]))

    /// The index of the first token `word` of `text`.
    func index(of word: String, in text: AnalyzedText) -> Int {
        text.tokens.firstIndex { text.string(of: $0) == word } ?? -1
    }

    @Test func aNamedReferenceStartsAtACapitalizedFirstWord() {
        let text = AnalyzedText("Theo Luật Đất đai 2013 và Nghị quyết Trung ương 4, luật mới của Hà Nội có hiệu lực.")
        #expect(Self.named.mayStart(at: index(of: "Luật", in: text), in: text))
        #expect(Self.named.mayStart(at: index(of: "Nghị", in: text), in: text))
        #expect(Self.named.match(at: index(of: "Luật", in: text), in: text)?.value.canonical == "Luật Đất đai 2013")
    }

    @Test func otherWordsAreSkipped() {
        let text = AnalyzedText("Theo Luật Đất đai 2013 và Nghị quyết Trung ương 4, luật mới của Hà Nội có hiệu lực.")
        for word in ["Theo", "luật", "Hà", "2013", ","] {
            #expect(!Self.named.mayStart(at: index(of: word, in: text), in: text), "\(word)")
        }
        #expect(Self.named.match(at: index(of: "luật", in: text), in: text) == nil)
    }

    @Test func coverageMarksExactlyTheTokensOfTheReferences() {
        let text = AnalyzedText("Chỉ thị số 39-CT/TW và Nghị định 67 đã được ban hành.")
        let reference = DocumentReference(documentType: "Nghị định", mention: .typeNumber)
        let found = [FoundReference(tokens: 1..<3, value: reference, source: "test", priority: 1),
                     FoundReference(tokens: 5..<6, value: reference, source: "test", priority: 1)]
        let covered = FoundReference.coverage(of: found, in: text)
        #expect(covered.count == text.tokens.count)
        #expect(covered.indices.filter { covered[$0] } == [1, 2, 5])
    }
}
