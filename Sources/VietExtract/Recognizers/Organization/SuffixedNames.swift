/// Companies named in the international way, by a suffix after their proper name (`Navigos Group`,
/// `Asahi Group Holdings`, `Trend Micro Inc`): one to three capitalized words, then one or two
/// capitalized words of the lexicon's `suffix` role.
struct SuffixedNames {
    /// The scanner's text (a copy of its own would be a retain and a release of each of its arrays).
    private var text: AnalyzedText { scanner.text }
    private let scanner: OrganizationNameScanner
    private static let maximumNameWords = 3

    init(scanner: OrganizationNameScanner) {
        self.scanner = scanner
    }

    /// The company whose name starts at token `index`, as a token range. The recognizer tries it
    /// only where a suffix may start one to three tokens on (`PatternedNames`).
    func company(at index: Int) -> Range<Int>? {
        let tokens = text.tokens
        guard scanner.isCapitalized(tokens[index]), !isSuffix(index) else { return nil }
        // The name's first word: not inside a longer capitalized run.
        if index > 0, !scanner.startsNewText(index), scanner.isCapitalized(tokens[index - 1]) { return nil }
        var end = index
        while end < tokens.count, end - index < Self.maximumNameWords, scanner.isCapitalized(tokens[end]), !isSuffix(end),
              end == index || !scanner.startsNewText(end) { end += 1 }
        var suffixes = 0
        while end < tokens.count, suffixes < 2, isSuffix(end), !scanner.startsNewText(end) {
            end = scanner.hit(at: end)!.end
            suffixes += 1
        }
        return suffixes > 0 ? index..<end : nil
    }

    /// Whether a capitalized word whose first syllable may start a suffix stands at token `index`:
    /// by the first syllable alone, no lookup, read from the scanner's table itself.
    func mayStartSuffix(at index: Int) -> Bool {
        scanner.isCapitalized(text.tokens[index]) && scanner.mayStart(.suffix, at: index)
    }

    /// Whether a capitalized suffix (`Group`, `Holdings`) starts at token `index`.
    private func isSuffix(_ index: Int) -> Bool {
        mayStartSuffix(at: index) && scanner.hit(at: index)?.roles.contains(.suffix) == true
    }
}
