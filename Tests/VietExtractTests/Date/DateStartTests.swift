import Testing
@testable import VietExtract

/// The scan that lets `DateRecognizer` skip tokens: it must stop at every token a parser
/// can start at (numbers that go on like a date, words with a digit, the parsers' first words, the
/// tables' first syllables) and pass over the others.
@Suite struct DateStartTests {
    static let words = try! DateWords()

    /// The grammar over `sentence` and the index of its token `word` (nil, recorded as an issue, when absent).
    func grammar(at word: String, in sentence: String) -> (grammar: DateGrammar, index: Int)? {
        let text = AnalyzedText(sentence)
        guard let index = text.tokens.firstIndex(where: { text.string(of: $0) == word }) else {
            Issue.record("no token \(word) in \(sentence)")
            return nil
        }
        return (DateGrammar(words: Self.words, text: text), index)
    }

    /// Whether an expression may start at the token `word` of `sentence`: the scan for starts stops there.
    func mayStart(_ word: String, in sentence: String) -> Bool {
        grammar(at: word, in: sentence).map { $0.grammar.nextStart(from: $0.index) == $0.index } ?? false
    }

    @Test(arguments: [
        ("2013", "Giai đoạn 2013-2015 đã qua."),
        ("21", "Cửa hàng nghỉ từ 21 đến 25/10."),
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
        ("5", "Có 5 người đến."),
        ("2013", "Năm 2013 là một năm khó khăn."),
    ])
    func otherTokensAreSkipped(word: String, sentence: String) {
        #expect(!mayStart(word, in: sentence))
    }

    /// A starter word goes through only when the next token is what one of its parsers needs.
    @Test(arguments: [
        ("Những", "Những năm 80 đã qua."),
        ("đầu", "Giá tăng đầu tháng 10."),
        ("Một", "Một năm qua, giá tăng."),
        ("Kể", "Kể từ 1/7, giá tăng."),
        ("Thế", "Thế kỷ XX đã qua."),
        ("hàng", "Tổ họp hàng tuần."),
        ("Quốc", "Quốc khánh 2/9 được nghỉ."),
        ("năm", "Sinh năm Giáp Thìn."),
    ])
    func startersThatGoOnAreLetThrough(word: String, sentence: String) {
        #expect(mayStart(word, in: sentence))
    }

    @Test(arguments: [
        ("Các", "Các bạn đến sớm."),
        ("Hàng", "Hàng hóa tăng giá."),
        ("Một", "Một người đến."),
        ("Đầu", "Đầu tư tăng mạnh."),
        ("Từ", "Từ đó, giá tăng."),
        ("Quốc", "Quốc gia phát triển."),
        ("Thế", "Thế giới rộng lớn."),
        ("năm", "Có năm người đến."),
    ])
    func startersThatStopAreSkipped(word: String, sentence: String) {
        #expect(!mayStart(word, in: sentence))
    }

    /// The parsers a word starts: only those that test it first, so the others are never run there.
    @Test func wordsNameTheirParsers() {
        let text = AnalyzedText("Mùng 3 tháng sáng thứ Hai 10h30 Hà")
        let grammar = DateGrammar(words: Self.words, text: text)
        #expect(grammar.starts(atWord: 0).isSuperset(of: [.day, .lunar]))
        #expect(grammar.starts(atWord: 2).contains(.month))
        #expect(grammar.starts(atWord: 3).contains(.partOfDay))
        #expect(grammar.starts(atWord: 4).contains(.weekday))
        #expect(grammar.starts(atWord: 6) == .clock)
        #expect(grammar.starts(atWord: 7).isEmpty)
    }

    /// Whether a number-led form may start at the number `number` of `sentence`.
    func mayStart(number: String, in sentence: String) -> Bool {
        grammar(at: number, in: sentence).map { $0.grammar.mayStart(number: $0.index) } ?? false
    }

    @Test(arguments: [
        ("22", "Họp ngày 22/10 tại trụ sở."),
        ("2010", "Giai đoạn 2010-2015 đã qua."),
        ("16", "Lúc 16:06 trời mưa."),
        ("22", "Họp 22 tháng 10."),
        ("3", "Cách đây 3 năm."),
        ("30", "Về quê 30 Tết."),
        ("10", "Đúng 10 giờ thì họp."),
        ("6.2.2017", "Ký 6.2.2017 tại Huế."),
        ("6.2", "Họp ngày 6.2 tại Huế."),
    ])
    func numbersThatGoOnAreLetThrough(number: String, sentence: String) {
        #expect(mayStart(number: number, in: sentence))
    }

    @Test(arguments: [
        ("5", "Có 5 người đến."),
        ("12", "Tổng cộng 12, không hơn."),
        ("40", "Đội thắng 40"),
        // Dots in a number that no date has (a thousands separator).
        ("1.000", "Có 1.000 người, không hơn."),
        ("12.500", "Giá 12.500, không hơn."),
        ("1.12.20", "Mã 1.12.20 đã cũ."),
        // Before a slash or a dash, a number of three digits is no day, month, hour or year.
        ("100", "Đạt 100/120 điểm."),
        ("250", "Đội thắng 250-3."),
    ])
    func numbersThatStopAreSkipped(number: String, sentence: String) {
        #expect(!mayStart(number: number, in: sentence))
    }
}
