/// One parsed date expression: the tokens it covers, what it says, and the rule that read it.
struct DateMatch: Sendable {
    /// The first token of the expression.
    var first: Int
    /// The token after the expression.
    var end: Int
    var expression: DateExpression
    var rule: String
    /// Sub-expressions reported as nested entities (the two ends of a range).
    var parts: [DateMatch] = []

    /// The point the expression names, if it is one.
    var point: DatePoint? {
        if case .point(let point) = expression { return point }
        return nil
    }

    init(_ first: Int, _ end: Int, _ point: DatePoint, _ rule: String) {
        self.first = first
        self.end = end
        self.expression = .point(point)
        self.rule = rule
    }

    init(_ first: Int, _ end: Int, _ expression: DateExpression, _ rule: String, parts: [DateMatch] = []) {
        self.first = first
        self.end = end
        self.expression = expression
        self.rule = rule
        self.parts = parts
    }

    /// The match with its point changed and, optionally, its span widened.
    func with(first: Int? = nil, end: Int? = nil, rule: String? = nil, _ change: (inout DatePoint) -> Void) -> DateMatch {
        var point = self.point ?? DatePoint()
        change(&point)
        return DateMatch(first ?? self.first, end ?? self.end, point, rule ?? self.rule)
    }
}

/// The date grammar over one analyzed text: token tests and the parsers of each form (in extensions).
/// A class, so that the many small parser calls share one reference instead of copying the tables.
///
/// Every parser takes a token index and returns the longest expression starting there, or nil.
/// `anchored` says that a word before the expression (`ngày`, `từ`, `sáng`, a clock time…) makes a bare
/// day and month such as `13 - 3` a date; without it, only forms with a year or a date word count.
final class DateGrammar {
    let words: DateWords
    let text: AnalyzedText
    let tokens: [Token]
    let keys: [UInt64]
    /// The word `starts(atWord:)` last answered for: the loop, the ranges and the forms ask about one word in turn.
    private var lastStarts = (index: -1, starts: DateStarts())
    /// The last number `nextStart` found may start a form (`mayStart(number:)`), which `single` then needn't ask again.
    private var lastNumberStart = -1
    /// The words of a range's connector, read once per text: `afterConnector` is asked after most
    /// numbers, and each read of a `DateWord` constant goes through its lazy initializer.
    let connectors = (den: DateWord.den, toi: DateWord.toi, cho: DateWord.cho)

    /// The tokens with a digit or a key `DateWords.starterFilter` may hold, in order
    /// (`Self.digitsAndStarters`): the only tokens `nextStart` visits.
    private let digitsAndStarters: [Int]
    /// The first entry of `digitsAndStarters` not yet passed by `nextDigitOrStarter`.
    private var nextCandidate = 0

    init(words: DateWords, text: AnalyzedText) {
        self.words = words
        self.text = text
        self.tokens = text.tokens
        self.keys = text.keys
        digitsAndStarters = Self.digitsAndStarters(tokens: text.tokens, keys: text.keys, filter: words.starterFilter)
    }

    // MARK: token tests

    /// Whether token `index` is `word` (a `DateWord` key), in any case.
    func isWord(_ index: Int, _ word: UInt64) -> Bool {
        index >= 0 && index < keys.count && keys[index] == word
    }

    func isPunctuation(_ index: Int, _ unit: UInt16) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].kind == .punctuation && tokens[index].length == 1
            && text.view.units[Int(tokens[index].start)] == unit
    }

    func isDash(_ index: Int) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].kind == .punctuation && tokens[index].length == 1
            && UTF16Letters.isDash(text.view.units[Int(tokens[index].start)])
    }

    /// The unit of a one-character separator token (`/`, a dash as `-`, `.`), or nil.
    func separator(_ index: Int) -> UInt16? {
        guard index < tokens.count, tokens[index].kind == .punctuation, tokens[index].length == 1 else { return nil }
        let unit = text.view.units[Int(tokens[index].start)]
        if UTF16Letters.isDash(unit) { return 0x2D }
        return unit == 0x2F || unit == 0x2E ? unit : nil
    }

    /// Whether the token stands right after the previous one, with no space.
    func isGlued(_ index: Int) -> Bool {
        index < tokens.count && !tokens[index].flags.contains(.spaceBefore)
    }

    func isCapitalized(_ index: Int) -> Bool {
        index < tokens.count && tokens[index].flags.contains(.initialCapital)
    }

    /// A plain number of one to four digits, with its digit count.
    func integer(_ index: Int) -> (value: Int, digits: Int)? {
        guard index < tokens.count, tokens[index].kind == .number, tokens[index].length <= 4 else { return nil }
        var value = 0
        for unit in text.units(tokens[index].range) {
            guard UTF16Letters.isDigit(unit) else { return nil }
            value = value * 10 + Int(unit - 0x30)
        }
        return (value, tokens[index].length)
    }

    /// A day of the month written with one or two digits.
    func dayNumber(_ index: Int) -> Int? {
        guard let number = integer(index), number.digits <= 2, (1...31).contains(number.value) else { return nil }
        return number.value
    }

    /// A month written with one or two digits (`9`, `09`).
    func monthNumber(_ index: Int) -> Int? {
        guard let number = integer(index), number.digits <= 2, (1...12).contains(number.value) else { return nil }
        return number.value
    }

    /// A year written with four digits, from 1000 to 2199.
    func yearNumber(_ index: Int) -> Int? {
        guard let number = integer(index), number.digits == 4, (1000...2199).contains(number.value) else { return nil }
        return number.value
    }

    /// A Roman numeral in capitals (`III`, `XIV`) up to 39.
    func roman(_ index: Int) -> Int? {
        guard index < tokens.count, tokens[index].kind == .word, tokens[index].flags.contains(.allCapitals),
              tokens[index].length <= 6 else { return nil }
        var total = 0
        var previous = 0
        for unit in text.units(tokens[index].range).reversed() {
            let value: Int
            switch unit {
            case 0x49: value = 1
            case 0x56: value = 5
            case 0x58: value = 10
            default: return nil
            }
            total += value < previous ? -value : value
            previous = max(previous, value)
        }
        return total > 0 ? total : nil
    }

    /// A count written in digits (up to three) or in words (`ba`, `hai mươi`), with the token after it.
    func count(at index: Int) -> (value: Int, end: Int)? {
        if let number = integer(index), number.digits <= 3, number.value > 0 { return (number.value, index + 1) }
        return words.numbers.match(startingAt: index, in: text).map { ($0.value, $0.end) }
    }

    /// Whether a word before `index` lets a bare day and month be read as a date; `weak` when the word
    /// (`từ`, `vào`) allows only the slash form.
    func anchor(before index: Int) -> (anchored: Bool, weak: Bool) {
        guard index > 0 else { return (false, false) }
        if isPunctuation(index - 1, 0x28) { return (true, false) }
        if let trigger = words.triggers.match(startingAt: index - 1, in: text), trigger.end == index { return (true, !trigger.value) }
        return (clock(at: index - 1) != nil, false)
    }

    func isAnchored(_ index: Int) -> Bool { anchor(before: index).anchored }

    /// The parsers of word-led forms that can start at word `index` and go on past it (see `DateStarts`):
    /// one lookup that spares most words all the parsers, then the second-token test (`goingOn`).
    func starts(atWord index: Int) -> DateStarts {
        if lastStarts.index == index { return lastStarts.starts }
        var starts: DateStarts = []
        if let starter = words.starters.value(for: keys[index]) { starts = goingOn(starter, at: index) }
        if tokens[index].flags.contains(.hasDigit) { starts.insert(.clock) }
        lastStarts = (index, starts)
        return starts
    }

    /// Whether a number-led form can start at number `index`: each goes on after the number with a
    /// slash, a dash or a colon (`22/10`, `2010-2015`, `16:06`) or a word of `numberFollowers`
    /// (`22 tháng 10`, `3 năm trước`, `10 giờ`, `30 Tết`), or is one token with dots shaped like a
    /// date (`6.2.2017`; only the dotted parser reads a number with dots, not `1.000`).
    func mayStart(number index: Int) -> Bool {
        if index == lastNumberStart { return true }
        let next = index + 1
        if next < tokens.count {
            switch tokens[next].kind {
            case .punctuation:
                // Only a day, a month or an hour (one or two digits) or a year (four) goes on so.
                guard tokens[next].length == 1 else { break }
                let unit = text.view.units[Int(tokens[next].start)]
                if unit == 0x2F || unit == 0x3A || UTF16Letters.isDash(unit),
                   let number = integer(index), number.digits <= 2 || number.digits == 4 { return true }
            case .word:
                if words.numberFollowers.value(for: keys[next]) != nil { return true }
            case .number:
                break
            }
        }
        return dottedFields(index) != nil
    }

    /// The first token from `index` on where an expression may start, or the token count: a number that
    /// goes on like a date (or a day that opens a range, `21 đến 25/10`), or a word that starts some
    /// parser and is followed by what one of them needs (see `goingOn`). Only the tokens with a digit
    /// (every number has one) or a key that may start a word-led form are visited (`digitsAndStarters`),
    /// since almost every token has neither; they take the second-token tests (so that `5 người` or
    /// `các bạn` costs a look at the next token).
    func nextStart(from index: Int) -> Int {
        var index = index
        while true {
            index = nextDigitOrStarter(from: index)
            guard index < tokens.count else { return index }
            switch tokens[index].kind {
            case .number:
                if mayStart(number: index) {
                    lastNumberStart = index
                    return index
                }
                if afterConnector(at: index + 1) != nil && dayNumber(index) != nil { return index }
            case .punctuation:
                break
            case .word:
                // The list let the word through by its digit or its key. Most starters go on only before
                // a word they make a pair with, which one filter tells is absent; for the others, what
                // the word starts decides.
                if tokens[index].flags.contains(.hasDigit) || words.looseStarters.mayContain(keys[index])
                    || (index + 1 < keys.count && words.followers.mayGoOn(keys[index], before: keys[index + 1])),
                   !starts(atWord: index).isEmpty { return index }
            }
            index += 1
        }
    }

    /// The first entry of `digitsAndStarters` from `index` on, or the token count, read from where the
    /// last call stopped (`nextStart` is asked about ever later tokens; an earlier one starts the look over).
    private func nextDigitOrStarter(from index: Int) -> Int {
        var position = nextCandidate
        if position > 0 && digitsAndStarters[position - 1] >= index {
            position = digitsAndStarters.partitioningIndex { $0 >= index }
        }
        while position < digitsAndStarters.count && digitsAndStarters[position] < index { position += 1 }
        nextCandidate = position
        return position < digitsAndStarters.count ? digitsAndStarters[position] : tokens.count
    }

    /// The tokens with a digit or a key `filter` may hold, in order, found in one pass that writes every
    /// token at the end of the list and advances its length by 0 or 1, with no branch per token (a
    /// text's mix of words and numbers would mispredict one every few tokens).
    private static func digitsAndStarters(tokens: [Token], keys: [UInt64], filter: KeyFilter) -> [Int] {
        let count = min(tokens.count, keys.count)
        return [Int](unsafeUninitializedCapacity: count) { list, length in
            tokens.withUnsafeBufferPointer { tokens in
                keys.withUnsafeBufferPointer { keys in
                    let digit = Token.Flags.hasDigit.rawValue
                    var found = 0
                    for index in 0..<count {
                        list[found] = index
                        let hasDigit = Int((tokens[index].flags.rawValue & digit) >> digit.trailingZeroBitCount)
                        found &+= hasDigit | (filter.mayContain(keys[index]) ? 1 : 0)
                    }
                    length = found
                }
            }
        }
    }
}

/// The words the grammar tests for, as the `SyllableKeys` keys of the text's tokens (so without case).
enum DateWord {
    private static func make(_ word: String) -> UInt64 { SyllableKeys.key(ofWord: word) }

    static let ngay = make("ngày"), hom = make("hôm"), mung = make("mùng"), mong = make("mồng")
    static let thang = make("tháng"), nam = make("năm"), quy = make("quý"), nua = make("nửa")
    static let the = make("thế"), ky = make("kỷ"), ki = make("kỉ"), thap = make("thập"), nien = make("niên")
    static let nhung = make("những"), cac = make("các"), nhieu = make("nhiều"), cua = make("của"), truoc = make("trước")
    static let tu = make("từ"), ke = make("kể"), den = make("đến"), toi = make("tới"), cho = make("cho"), va = make("và")
    static let gio = make("giờ"), phut = make("phút"), ruoi = make("rưỡi"), kem = make("kém")
    static let cach = make("cách"), day = make("đây"), qua = make("qua"), sap = make("sắp"), trong = make("trong")
    static let tet = make("tết"), ram = make("rằm"), khoa = make("khóa"), thu = make("thứ")
    static let suot = make("suốt"), dong = make("đồng"), but = make("nhưng")
    static let sau = make("sau"), nguyen = make("nguyên"), giengMonth = make("giêng"), chapMonth = make("chạp")
    static let hoi = make("hội"), quoc = make("quốc"), qh = make("qh"), dang = make("đảng"), uong = make("ương")
    static let bct = make("bct"), tri = make("trị"), chinh = make("chính")
}
