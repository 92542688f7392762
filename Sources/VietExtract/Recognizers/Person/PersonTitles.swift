/// The titles of a text, found once when `PersonScan` is built and kept as a short list in text
/// order, with a mark at each token where one starts.
extension PersonScan {
    /// The title starting at `index`, if the text writes it as one: honorifics and weak titles in
    /// lower case or capitalized at a sentence start; a modifier only before another title; a
    /// glued dot after an abbreviation (`TS.`) belongs to it.
    @inline(__always)
    func title(at index: Int) -> TitleMatch? {
        guard index < marks.count, marks[index].contains(.title) else { return nil }
        return titles[titles.partitioningIndex { $0.tokens.lowerBound >= index }]
    }

    /// Whether the word at `index` is itself a title (`Anh`, `Bác`), whatever its case.
    /// A modifier is none alone (`Tân`, `Nguyên` are names too).
    @inline(__always)
    func isTitleWord(_ index: Int) -> Bool {
        marks[index].contains(.titleWord)
    }

    /// The titles of the text, in text order; marks where each starts and the words that are
    /// titles themselves. From the end, so that a modifier sees the title after it (`nguyên Bộ
    /// trưởng`); only at `starts`, the few tokens (in text order) where `TitleStarts` says one may start.
    func findTitles(marks: inout [PersonMarks], startingAt starts: [Int]) -> [TitleMatch] {
        var found: [TitleMatch] = []  // from the last
        var nouns: [Range<Int>] = []
        found.reserveCapacity(starts.count)
        for index in starts.reversed() {
            guard let match = lexicon.titles.longestMatch(at: index, in: text, syllables: titleSyllables) else { continue }
            let id = lexicon.titleRecord(of: match)
            if match.tokens.count == 1, id.map({ lexicon.titleRecords[$0].kind != .modifier }) ?? true {
                marks[index].insert(.titleWord)
            }
            guard let id else { continue }
            let kind = lexicon.titleRecords[id].kind
            if kind == .noun { nouns.append(match.tokens) }
            guard !marks[index].contains(.blocked),
                  let title = acceptedTitle(at: index, matching: match.tokens, kind: kind, after: found) else { continue }
            found.append(title)
            marks[index].insert(.title)
        }
        // No title inside a common noun that holds a title word (`đàn ông`, `đàn bà`).
        for noun in nouns { for inside in noun.dropFirst() { marks[inside].remove(.title) } }
        var titles: [TitleMatch] = []
        titles.reserveCapacity(found.count)
        for title in found.reversed() where marks[title.tokens.lowerBound].contains(.title) { titles.append(title) }
        return titles
    }

    /// The title starting at `index`, where the title list matches tokens `match` of kind `kind`,
    /// given the titles found after it (`found`, from the last).
    private func acceptedTitle(at index: Int, matching match: Range<Int>, kind: PersonLexicon.TitleKind,
                               after found: [TitleMatch]) -> TitleMatch? {
        let capitalized = tokens[index].flags.contains(.initialCapital)
        var end = match.upperBound
        switch kind {
        case .honorific, .weak:
            if capitalized && !atSentenceStart(index) { return nil }
        case .modifier:
            // The titles found so far all start after `index`, the nearest last.
            guard let inner = found.last(where: { $0.tokens.lowerBound >= end }), inner.tokens.lowerBound == end,
                  inner.kind == .role else { return nil }
            return TitleMatch(tokens: index..<inner.tokens.upperBound, kind: .role)
        case .role:
            break
        case .noun:
            return nil
        }
        if end < tokens.count, isGlued(end, 0x2E), tokens[end - 1].flags.contains(.allCapitals) { end += 1 }
        return TitleMatch(tokens: index..<end, kind: kind)
    }
}
