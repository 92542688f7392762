/// Finds the short forms of organizations a text names in full: the acronym it introduces in
/// brackets right after a name (`Tổng Công ty … (Becamex IDC)`), the proper name of a name opened by
/// a head word (`Hoa Mai Xanh` after `Công ty Hoa Mai Xanh`), and their later mentions.
struct ShortFormFinder {
    /// The scanner's text (a copy of its own would be a retain and a release of each of its arrays).
    private var text: AnalyzedText { scanner.text }
    private let scanner: OrganizationNameScanner
    private static let maximumTokens = 4

    init(scanner: OrganizationNameScanner) {
        self.scanner = scanner
    }

    /// The token ranges of acronyms introduced after the names at `names` (sorted, not overlapping),
    /// and of their later mentions outside those names.
    func acronyms(after names: [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var introduced: [(range: Range<Int>, closes: Int)] = []
        for name in names {
            // An acronym the known list has (`EVN`) is found, and linked, as a name of its own.
            if let acronym = bracketed(after: name.upperBound), !names.contains(where: { $0.overlaps(acronym) }) {
                introduced.append((acronym, acronym.upperBound + 1))
            }
        }
        var taken = names
        for (acronym, closes) in introduced {
            result.append(acronym)
            taken.append(acronym)
            result += mentions(of: acronym, from: closes, taken: &taken)
        }
        return result
    }

    /// The later mentions of the words at `short`, from token `start` on, outside `taken` (which
    /// they join), each standing alone rather than inside a longer capitalized run.
    func mentions(of short: Range<Int>, from start: Int, taken: inout [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        let firstKey = text.keys[short.lowerBound]
        let last = text.tokens.count - short.count
        var index = nextToken(withKey: firstKey, from: start, through: last)
        while index <= last {
            let mention = index..<(index + short.count)
            if sameWords(mention, short), !taken.contains(where: { $0.overlaps(mention) }), isWholeMention(mention) {
                result.append(mention)
                taken.append(mention)
                index = nextToken(withKey: firstKey, from: mention.upperBound, through: last)
            } else {
                index = nextToken(withKey: firstKey, from: index + 1, through: last)
            }
        }
        return result
    }

    /// The first token from `index` through `last` whose key is `key`, or one past `last`: most tokens
    /// differ from a mention's first in their key, stepped over by a loop over the keys alone.
    private func nextToken(withKey key: UInt64, from index: Int, through last: Int) -> Int {
        text.keys.withUnsafeBufferPointer { keys in
            var index = index
            while index <= last, keys[index] != key { index += 1 }
            return index
        }
    }

    /// The tokens inside `( … )` starting at token `open`, when they read as an acronym or short name.
    private func bracketed(after open: Int) -> Range<Int>? {
        let tokens = text.tokens
        guard open < tokens.count, isMark(open, 0x28) else { return nil }
        let first = open + 1
        var index = first
        while index < tokens.count, index - first < Self.maximumTokens, !isMark(index, 0x29) {
            let token = tokens[index]
            let gluedMark = (isMark(index, 0x2D) || isMark(index, 0x26)) && !token.flags.contains(.spaceBefore)
            guard (scanner.isCapitalized(token) && !isRomanNumeral(token)) || token.kind == .number || gluedMark else {
                return nil
            }
            index += 1
        }
        guard index < tokens.count, index > first, isMark(index, 0x29), scanner.isCapitalized(tokens[first]),
              scanner.placeCandidateEnd(at: first) == nil else { return nil }
        // Ordinary capitalized words are a name in brackets (`(Lê An)`), not an acronym: one word
        // at least must be in capitals or have a capital inside (`EVN`, `Becamex IDC`, `VietinBank`).
        let marked = (first..<index).contains { position in
            let token = tokens[position]
            return token.kind == .word && ((token.flags.contains(.allCapitals) && token.length > 1) || hasInnerCapital(token))
        }
        if !marked { return nil }
        return first..<index
    }

    /// Whether the tokens at `a` and `b` are written alike; their keys, equal for equal words,
    /// turn most pairs away before their units are read (`mentions` finds the first pair by key).
    private func sameWords(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        zip(a, b).allSatisfy {
            text.keys[$0] == text.keys[$1] && text.units(text.tokens[$0].range).elementsEqual(text.units(text.tokens[$1].range))
        }
    }

    /// A mention is not the start or end of a longer run of capitalized words.
    private func isWholeMention(_ range: Range<Int>) -> Bool {
        let tokens = text.tokens
        if range.lowerBound > 0, scanner.isCapitalized(tokens[range.lowerBound - 1]),
           tokens[range.lowerBound].flags.contains(.spaceBefore), !scanner.startsNewText(range.lowerBound) { return false }
        if range.upperBound < tokens.count, scanner.isCapitalized(tokens[range.upperBound]),
           !scanner.startsNewText(range.upperBound) { return false }
        return true
    }

    private func isMark(_ index: Int, _ unit: UInt16) -> Bool {
        let token = text.tokens[index]
        return token.length == 1 && text.view.units[Int(token.start)] == unit
    }

    /// `XII` in `(Khóa XII)` is a term of office, not an acronym.
    private func isRomanNumeral(_ token: Token) -> Bool {
        text.units(token.range).allSatisfy { [0x49, 0x56, 0x58, 0x4C, 0x43, 0x44, 0x4D].contains($0) }
    }

    private func hasInnerCapital(_ token: Token) -> Bool {
        text.units(token.range).dropFirst().contains { UTF16Letters.isUpper($0) }
    }
}
