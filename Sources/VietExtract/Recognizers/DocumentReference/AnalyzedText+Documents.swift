/// Token tests the document recognizers share.
extension AnalyzedText {
    /// The index of the first token that starts at or after `position` in the view.
    func tokenIndex(atOrAfter position: Int) -> Int {
        tokens.partitioningIndex { Int($0.start) >= position }
    }

    /// The first token from `index` on with any of `flags`, or the token count: a tight pass over the
    /// tokens for the loops that act only at the few tokens with a digit or a capital, two tokens a
    /// step (with wrapping arithmetic: an index stays below the token count), so that the loop's
    /// test is paid once for two tokens.
    func firstToken(from index: Int, withAny flags: Token.Flags) -> Int {
        tokens.withUnsafeBufferPointer { tokens in
            var index = index
            let last = tokens.count &- 1
            while index < last {
                if !tokens[index].flags.isDisjoint(with: flags) { return index }
                if !tokens[index &+ 1].flags.isDisjoint(with: flags) { return index &+ 1 }
                index &+= 2
            }
            return index == last && tokens[index].flags.isDisjoint(with: flags) ? tokens.count : index
        }
    }

    /// Whether token `index` exists and, lower-cased, is `word` (given lower-cased, normalized).
    func token(at index: Int, is word: [UInt16]) -> Bool {
        index >= 0 && index < tokens.count && token(tokens[index], equalsLowercased: word)
    }

    /// Whether token `index` exists and is the punctuation mark `unit`.
    func token(at index: Int, isMark unit: UInt16) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].length == 1 && view.units[Int(tokens[index].start)] == unit
    }

    /// Whether token `index` exists and is a word starting with a capital letter.
    func isCapitalizedWord(at index: Int) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].kind == .word && tokens[index].flags.contains(.initialCapital)
    }

    /// The ASCII digits of token `index` as a number, when the token is only digits (at most `maxLength`).
    func integer(at index: Int, maxLength: Int = 4) -> Int? {
        guard index >= 0, index < tokens.count, tokens[index].kind == .number, tokens[index].length <= maxLength,
              view.units[tokens[index].range].allSatisfy(UTF16Letters.isDigit) else { return nil }
        return view.units[tokens[index].range].reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }
}

/// Lower-cased, normalized UTF-16 forms of the grammar words the document recognizers test.
enum DocumentWords {
    static func word(_ text: String) -> [UInt16] {
        NormalizedText(original: Array(text.utf16)).units.map(UTF16Letters.lowercase)
    }

    static let so = word("số")
    /// The `SyllableKeys` key of `số`, for the test at every number (one comparison instead of the units').
    static let soKey = SyllableKeys.key(ofWord: "số")
    static let cua = word("của")
    static let ve = word("về")
    static let ngay = word("ngày")
    static let thang = word("tháng")
    static let nam = word("năm")
    static let nay = word("này")
    static let diem = word("điểm")
    static let khoan = word("khoản")
    static let dieu = word("điều")
    static let khoa = word("khóa")
    static let chong = word("chống")
}
