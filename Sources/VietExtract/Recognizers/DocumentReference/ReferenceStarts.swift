/// The tokens of a text where a reference can start: those with a digit (a number, or one glued to
/// `số`) for `NumberedReferenceFinder`, and the capitalized words that start a name for
/// `NamedReferenceMatcher`. Most texts have few of either.
///
/// One pass over the tokens writes every token at the end of both lists and advances each list's
/// length by 0 or 1 from the token's flags (and, for a capital, the names' filter), with no branch
/// per token: a text's mix of words, capitals and numbers would mispredict one every few tokens.
/// Only the capitals the filter lets through then take the names' probe.
struct ReferenceStarts {
    /// The tokens with a digit, in order.
    let numbers: [Int]
    /// The tokens where `NamedReferenceMatcher.mayStart` holds, in order.
    let names: [Int]

    init(in text: AnalyzedText, named: NamedReferenceMatcher) {
        let count = text.tokens.count
        var numbers: [Int] = [], names: [Int] = []
        // The numbers' list, then the capitals', each `count` long, in one buffer neither zeroed nor kept.
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * count) { buffer in
            guard let numberList = buffer.baseAddress else { return }
            let capitalList = numberList + count
            var numberCount = 0, capitalCount = 0
            text.tokens.withUnsafeBufferPointer { tokens in
                text.keys.withUnsafeBufferPointer { keys in
                    let digit = Token.Flags.hasDigit.rawValue, capital = Token.Flags.initialCapital.rawValue
                    for index in 0..<min(count, keys.count) {
                        let token = tokens[index]
                        numberList[numberCount] = index
                        numberCount &+= Int((token.flags.rawValue & digit) >> digit.trailingZeroBitCount)
                        // A word (kind 0) with a capital whose key the filter may hold.
                        let isWord = Int(token.kind.rawValue == Token.Kind.word.rawValue ? 1 : 0)
                        let filtered = Int(named.mayBeginName(keys[index]) ? 1 : 0)
                        capitalList[capitalCount] = index
                        capitalCount &+= Int((token.flags.rawValue & capital) >> capital.trailingZeroBitCount) & isWord & filtered
                    }
                }
            }
            numbers = Array(buffer[0..<numberCount])
            names.reserveCapacity(capitalCount)
            for index in buffer[count..<(count + capitalCount)] where named.startsName(at: index, in: text) {
                names.append(index)
            }
        }
        self.numbers = numbers
        self.names = names
    }
}
