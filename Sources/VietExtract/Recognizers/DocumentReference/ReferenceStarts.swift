/// The tokens of a text where a reference can start, found in one pass over the tokens' flags:
/// those with a digit (a number, or one glued to `số`) for `NumberedReferenceFinder`, and the
/// capitalized words that start a name for `NamedReferenceMatcher`. Most texts have few of either.
struct ReferenceStarts {
    /// The tokens with a digit, in order.
    private(set) var numbers: [Int] = []
    /// The tokens where `NamedReferenceMatcher.mayStart` holds, in order.
    private(set) var names: [Int] = []

    init(in text: AnalyzedText, named: NamedReferenceMatcher) {
        let flags: Token.Flags = [.hasDigit, .initialCapital]
        // About one token in thirty has a digit: room for most texts' numbers without regrowing.
        numbers.reserveCapacity(text.tokens.count / 16)
        var index = text.firstToken(from: 0, withAny: flags)
        while index < text.tokens.count {
            let found = text.tokens[index].flags
            if found.contains(.hasDigit) { numbers.append(index) }
            // A capital: the key's filter before the word test (`mayStart(at:in:)` in the cheaper order).
            if found.contains(.initialCapital), named.startsName(at: index, in: text), text.tokens[index].kind == .word {
                names.append(index)
            }
            index = text.firstToken(from: index + 1, withAny: flags)
        }
    }
}
