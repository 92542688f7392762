/// What the scanner reads of single tokens: the words that stop a name, a person's name starting,
/// a new sentence, capitals and dashes.
extension OrganizationNameScanner {
    /// Whether a capitalized word at `index` ends a name that has `words` words: a title, another
    /// organization's head, or a person (a surname followed by a capitalized word, or a person candidate).
    func stopsName(at index: Int, words: Int) -> Bool {
        if otherStarts(at: index) { return true }
        guard let hit = hit(at: index) else { return false }
        if hit.roles.contains(.title) || hit.roles.contains(.blocked) { return true }
        if let head = head(of: hit), head.breaksName, words > 0 { return true }
        if hit.roles.contains(.surname), index + 1 < text.tokens.count, isCapitalized(text.tokens[index + 1]) {
            return true
        }
        return false
    }

    /// Whether a person's name starts at `index`: a capitalized surname before another capitalized word.
    func startsPersonName(at index: Int) -> Bool {
        guard index + 1 < text.tokens.count, !startsNewText(index), !startsNewText(index + 1),
              isCapitalized(text.tokens[index]), isCapitalized(text.tokens[index + 1]) else { return false }
        return hit(at: index)?.roles.contains(.surname) == true
    }

    /// Whether the token starts a new sentence or line.
    func startsNewText(_ index: Int) -> Bool {
        let flags = text.tokens[index].flags
        return flags.contains(.sentenceStart) || flags.contains(.lineBefore)
    }

    func isCapitalized(_ token: Token) -> Bool {
        token.kind == .word && (token.flags.contains(.initialCapital) || token.flags.contains(.allCapitals))
    }

    /// Whether token `index` is a dash.
    func isDash(at index: Int) -> Bool { isDash(text.tokens[index]) }

    func isDash(_ token: Token) -> Bool {
        token.length == 1 && UTF16Letters.isDash(text.view.units[Int(token.start)])
    }
}
