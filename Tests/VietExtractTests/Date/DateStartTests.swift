import Testing
@testable import VietExtract

/// The one lookup that lets `DateRecognizer` skip tokens: it must let through every token a parser
/// can start at (numbers, words with a digit, the parsers' first words, the tables' first syllables)
/// and stop the others.
@Suite struct DateStartTests {
    static let words = try! DateWords.builtIn()

    /// Whether an expression may start at the token `word` of `sentence`.
    func mayStart(_ word: String, in sentence: String) -> Bool {
        let text = AnalyzedText(sentence)
        let grammar = DateGrammar(words: Self.words, text: text)
        guard let index = text.tokens.firstIndex(where: { text.string(of: $0) == word }) else {
            Issue.record("no token \(word) in \(sentence)")
            return false
        }
        return grammar.mayStart(at: index)
    }

    @Test(arguments: [
        ("2013", "Năm 2013 là một năm khó khăn."),
        ("10h30", "Cuộc họp bắt đầu lúc 10h30 sáng."),
        ("ngày", "Hội nghị diễn ra ngày 22/10."),
        ("Tết", "Tết năm nay đến sớm."),
        ("rằm", "Vào rằm tháng Giêng, chùa đông khách."),
        ("từ", "Giá tăng từ 1/7 đến 31/12."),
        ("hai", "Dự án kéo dài hai năm."),
        ("sáng", "Đoàn khởi hành sáng 22/10."),
    ])
    func startsAreLetThrough(word: String, sentence: String) {
        #expect(mayStart(word, in: sentence))
    }

    @Test(arguments: [
        ("Hà", "Hà Nội đón khách quốc tế."),
        ("khách", "Hà Nội đón khách quốc tế."),
        (",", "Ông ấy đến, rồi đi."),
    ])
    func otherTokensAreSkipped(word: String, sentence: String) {
        #expect(!mayStart(word, in: sentence))
    }
}
