/// The context facts the place rules read around a name, found once per text.
struct PlaceContext {
    private let text: AnalyzedText
    /// `personBefore[i]`: a person's honorific or title ends right before token i.
    private var personBefore: [Bool]
    /// `sentenceStartWord[i]`: a name that is a pronoun at a sentence start begins at token i.
    private var sentenceStartWord: [Bool]

    /// The longest capitalized run after a type word, in tokens.
    private static let longestName = 6

    init(text: AnalyzedText, tables: PlaceTables) {
        self.text = text
        personBefore = [Bool](repeating: false, count: text.tokens.count + 1)
        sentenceStartWord = [Bool](repeating: false, count: text.tokens.count)
        for match in tables.contextWords.matches(in: text) {
            for entry in match.entries {
                switch Int(entry.id).map({ tables.contextRoles[$0] }) {
                case .person: personBefore[match.tokens.upperBound] = true
                case .sentenceStart: sentenceStartWord[match.tokens.lowerBound] = true
                default: break
                }
            }
        }
    }

    /// Whether a type-word match is written as a type word: lower-case, or capitalized only where
    /// the word may be (`Quận 1`, `TP`), or in an all-capitals text.
    func isTypeWord(_ match: GazetteerMatcher.Match, _ typeWord: PlaceTables.TypeWord) -> Bool {
        let first = text.tokens[match.tokens.lowerBound]
        return !first.flags.contains(.initialCapital) || typeWord.mayBeCapitalized || first.flags.contains(.allCapitals)
            && first.length > 1
    }

    /// The end (token index, exclusive) of a name written after a type word at `start`: an optional
    /// number (`quận 1`, `ngõ 12`, `công viên 30-4`) where allowed, then capitalized syllables. After
    /// a number only streets and addresses go on with a name (`ngõ 12 Trần Phú`); an address needs both.
    func writtenName(from start: Int, after typeWord: PlaceTables.TypeWord) -> Int? {
        let tokens = text.tokens
        let address = typeWord.kind == "address"
        var index = start
        var sawNumber = false
        if typeWord.takesNumber || address, isNumber(tokens[index]) {
            index += 1
            sawNumber = true
            while index + 1 < tokens.count, !tokens[index].flags.contains(.spaceBefore), isJoiner(tokens[index]),
                  !tokens[index + 1].flags.contains(.spaceBefore), isNumber(tokens[index + 1]) {
                index += 2
            }
        }
        if address && !sawNumber { return nil }
        if sawNumber && !address && typeWord.kind != "street" { return index }
        let runStart = index
        while index < tokens.count, index - runStart < Self.longestName, isNameSyllable(tokens[index]) {
            index += 1
            if index + 1 < tokens.count, isDashToken(tokens[index]), isNameSyllable(tokens[index + 1]) { index += 1 }
        }
        if address && index == runStart { return nil }
        return index > start ? index : nil
    }

    /// Whether a name from the lists, standing alone at `match`, is a place here.
    func allowsBareName(_ match: GazetteerMatcher.Match) -> Bool {
        let tokens = text.tokens
        let start = match.tokens.lowerBound, end = match.tokens.upperBound
        if personBefore[start] { return false }
        let first = tokens[start]
        if sentenceStartWord[start], first.flags.contains(.sentenceStart) { return false }
        let headline = first.flags.contains(.allCapitals) && first.length > 1
        if start > 0, !headline, isNameSyllable(tokens[start - 1]), !tokens[start - 1].flags.contains(.sentenceStart),
           first.flags.contains(.spaceBefore) {
            return false
        }
        if end - start == 1, end < tokens.count, !headline, isNameSyllable(tokens[end]),
           !tokens[end].flags.contains(.sentenceStart), isVietnamese(tokens[end]) {
            return false
        }
        return true
    }

    private func isNameSyllable(_ token: Token) -> Bool {
        token.kind == .word && token.flags.contains(.initialCapital) && !token.flags.contains(.sentenceStart)
    }

    private func isNumber(_ token: Token) -> Bool {
        token.kind == .number || token.kind == .word && token.flags.contains(.hasDigit)
            && UTF16Letters.isDigit(text.view.units[Int(token.start)])
    }

    private func isJoiner(_ token: Token) -> Bool {
        token.length == 1 && (isDashToken(token) || text.view.units[Int(token.start)] == 0x2F)
    }

    private func isDashToken(_ token: Token) -> Bool {
        token.length == 1 && UTF16Letters.isDash(text.view.units[Int(token.start)])
    }

    /// Whether a syllable carries a Vietnamese letter outside ASCII (`Tuấn`, `Đức`), as names of
    /// Vietnamese people do and most foreign names do not.
    private func isVietnamese(_ token: Token) -> Bool {
        text.view.units[token.range].contains { $0 >= 0xC0 && UTF16Letters.isLatinLetter($0) }
    }
}
