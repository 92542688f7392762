/// Sports teams named by pattern: an age group before a country or city (`U16 Việt Nam`,
/// `U23 Thái Lan`; the place recognizer may leave such a name to us) and a club name before `FC`
/// (`Hà Nội FC`).
struct SportsTeams {
    /// The scanner's text (a copy of its own would be a retain and a release of each of its arrays).
    private var text: AnalyzedText { scanner.text }
    private let scanner: OrganizationNameScanner

    init(scanner: OrganizationNameScanner) {
        self.scanner = scanner
    }

    /// The team that starts at token `index`, as a token range.
    func team(at index: Int) -> Range<Int>? {
        let tokens = text.tokens
        if tokens[index].flags.contains(.hasDigit), isAgeGroup(tokens[index]), index + 1 < tokens.count,
           !scanner.startsNewText(index + 1) {
            // `U16 Việt Nam` is a team; `U16 châu Á` is a tournament.
            if scanner.placeIsRegion(at: index + 1) || scanner.hit(at: index + 1)?.roles.contains(.region) == true { return nil }
            if let end = scanner.placeCandidateEnd(at: index + 1) { return index..<end }
            var end = index + 1
            while end < tokens.count, end - index <= 3, scanner.isCapitalized(tokens[end]), !scanner.startsNewText(end) { end += 1 }
            return end > index + 1 ? index..<end : nil
        }
        // A club: a place or one or two capitalized words, then `FC`.
        var end = scanner.placeCandidateEnd(at: index) ?? index
        if end == index {
            guard scanner.isCapitalized(tokens[index]), isClubMark(index + 1) || isClubMark(index + 2) else { return nil }
            while end < tokens.count, end - index < 2, scanner.isCapitalized(tokens[end]), !isClubMark(end),
                  end == index || !scanner.startsNewText(end) { end += 1 }
        }
        guard end > index, end < tokens.count, isClubMark(end), !scanner.startsNewText(end) else { return nil }
        return index..<(end + 1)
    }

    /// `U16`, `U19`, `U23`: a capital U and two digits.
    private func isAgeGroup(_ token: Token) -> Bool {
        let units = text.view.units, start = Int(token.start)
        return token.length == 3 && units[start] == 0x55 && UTF16Letters.isDigit(units[start + 1])
            && UTF16Letters.isDigit(units[start + 2])
    }

    /// `FC` (false past the end).
    func isClubMark(_ index: Int) -> Bool {
        guard index < text.tokens.count else { return false }
        let token = text.tokens[index], units = text.view.units
        return token.length == 2 && units[Int(token.start)] == 0x46 && units[Int(token.start) + 1] == 0x43
    }
}
