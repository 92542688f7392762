/// What the person rules read about one text, found once per text: the name-list facts of every
/// token, the tokens that earlier recognizers already gave to a place or an organization, and the
/// shape of name words, titles and the body a role names (`Trưởng ban Tổ chức Trung ương`).
struct PersonScan {
    /// A title accepted at some place: its tokens and what kind it is.
    struct TitleMatch {
        let tokens: Range<Int>
        let kind: PersonLexicon.TitleKind
    }

    let text: AnalyzedText
    let tokens: [Token]
    let lexicon: PersonLexicon
    /// The syllable id of each token in the title and epithet tries (which share their ids).
    let titleSyllables: [Int32]
    /// `blocked[i]`: token i overlaps an earlier candidate of another label.
    let blocked: [Bool]
    /// `named[i]`: token i overlaps an earlier place or organization (not a date: `Năm 1990 , Bradley …`).
    let named: [Bool]
    /// `yielding[i]`: token i is, alone, an earlier candidate that is also a given name (`Anh`, `Nga`),
    /// which a name running into it takes over (`Tuấn Anh`, `Hằng Nga`).
    let yielding: [Bool]
    /// `titles[i]`: the title starting at token i, if any.
    private var titles: [TitleMatch?] = []
    /// `nameWords[i]`: token i can be (part of) a name (`isNameWord`), found once per token.
    private var nameWords: [Bool] = []

    init(text: AnalyzedText, lexicon: PersonLexicon, candidates: [Candidate]) {
        self.text = text
        tokens = text.tokens
        self.lexicon = lexicon
        titleSyllables = lexicon.titles.syllables(of: text)
        var blocked = [Bool](repeating: false, count: text.tokens.count)
        var named = blocked
        var cover = [Int8](repeating: 0, count: text.tokens.count)  // 1: one-token candidates only, 2: a longer one
        let tokens = text.tokens
        for candidate in candidates where candidate.label != .person {
            let first = tokens.partitioningIndex { Int($0.end) > candidate.viewRange.lowerBound }
            var index = first
            let isNamed = candidate.label == .location || candidate.label == .organization
            while index < tokens.count, Int(tokens[index].start) < candidate.viewRange.upperBound {
                blocked[index] = true
                if isNamed { named[index] = true }
                index += 1
            }
            for covered in first..<index { cover[covered] = max(cover[covered], index - first == 1 ? 1 : 2) }
        }
        self.blocked = blocked
        self.named = named
        var yielding = [Bool](repeating: false, count: tokens.count)
        for index in tokens.indices where cover[index] == 1 {
            yielding[index] = lexicon.facts(lexicon.syllableID(ofKey: text.keys[index])).contains(.given)
        }
        self.yielding = yielding
        var nameWords = [Bool](repeating: false, count: tokens.count)
        // Most tokens are in lower case, and many capitals are in an earlier candidate: both are
        // tested here, before the call.
        for index in tokens.indices where tokens[index].flags.contains(.initialCapital) {
            nameWords[index] = (!blocked[index] || yielding[index] && index > 0 && nameWords[index - 1]) && hasNameShape(index)
        }
        self.nameWords = nameWords
        // From the end, so that a modifier sees the title after it (`nguyên Bộ trưởng`); only at the
        // few tokens whose syllable starts some title.
        var found = [TitleMatch?](repeating: nil, count: tokens.count)
        var nouns: [Range<Int>] = []
        for index in tokens.indices.reversed() where titleSyllables[index] >= 0 {
            guard let match = lexicon.titles.longestMatch(at: index, in: text, syllables: titleSyllables),
                  let id = lexicon.titleRecord(of: match) else { continue }
            let kind = lexicon.titleRecords[id].kind
            if kind == .noun { nouns.append(match.tokens) }
            if !blocked[index] { found[index] = acceptedTitle(at: index, matching: match.tokens, kind: kind, after: found) }
        }
        // No title inside a common noun that holds a title word (`đàn ông`, `đàn bà`).
        for noun in nouns { for inside in noun.dropFirst() { found[inside] = nil } }
        titles = found
    }

    // MARK: Words

    /// The name-list syllable id of token `index`, looked up when asked: most tokens never are.
    @inline(__always)
    func id(_ index: Int) -> Int32 {
        lexicon.syllableID(ofKey: text.keys[index])
    }

    /// Whether token `index` can be (part of) a name: a capitalized word, not in an earlier
    /// candidate (unless a name runs into a given name taken alone: `Tuấn Anh`), not a word in
    /// capitals (a heading or an acronym) unless it is initials.
    @inline(__always)
    func isNameWord(_ index: Int) -> Bool {
        index < nameWords.count && nameWords[index]
    }

    /// Whether token `index` has the shape of a name word, wherever it stands (see `isNameWord`).
    private func hasNameShape(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, token.flags.contains(.initialCapital), !token.flags.contains(.hasDigit) else { return false }
        if token.flags.contains(.allCapitals) { return token.length == 1 || isInitials(index) }
        // One pass over the units after the capital, read in place.
        return text.view.units.withUnsafeBufferPointer { units in
            var dotted = false, capitalAfterDot = false
            for position in Int(token.start) + 1..<Int(token.end) {
                let unit = units[position]
                if unit == 0x2E {
                    dotted = true
                    capitalAfterDot = false
                } else if UTF16Letters.isUpper(unit) {
                    // A capital inside the word marks a brand or an acronym (`OceanBank`, `TfL`), not a
                    // name; a capital after a dot is a name after an initial (`C.Ronaldo`).
                    guard units[position - 1] == 0x2E else { return false }
                    capitalAfterDot = true
                }
            }
            // A web address (`Baodatviet.vn`) ends in lower case after a dot.
            return !dotted || capitalAfterDot
        }
    }

    /// Whether token `index` is initials: single capitals joined by dots (`N.V.A`, `H`), or a capital
    /// and `h`/`r`/`g` with a dot glued after (`Nh.`, `Tr.`, `Ng.`).
    func isInitials(_ index: Int) -> Bool {
        let token = tokens[index]
        let units = text.view.units
        if token.length == 2, token.flags.contains(.initialCapital), !token.flags.contains(.allCapitals),
           index + 1 < tokens.count, isGlued(index + 1, 0x2E) {
            let second = units[Int(token.start) + 1]
            return second == 0x68 || second == 0x72 || second == 0x67
        }
        guard token.flags.contains(.allCapitals) else { return false }
        var letters = 0
        var previousWasLetter = false
        for position in token.range {
            let unit = units[position]
            if unit == 0x2E {
                guard previousWasLetter else { return false }
                previousWasLetter = false
            } else {
                if previousWasLetter { return false }
                previousWasLetter = true
                letters += 1
            }
        }
        return letters > 0
    }

    /// The end of the word unit starting at name word `index`: dashed syllables glued to it
    /// (`Vla-đi-mia`, `Martins-Green`, not a title: `Phong-Trưởng phòng`), and a dot glued to initials (`H.`).
    func wordEnd(_ index: Int) -> Int {
        var end = index + 1
        // Most words have nothing glued after them: no dash, no dot.
        guard end < tokens.count, !tokens[end].flags.contains(.spaceBefore) else { return end }
        while end + 1 < tokens.count, isGluedDash(end), tokens[end + 1].kind == .word,
              !tokens[end + 1].flags.contains(.spaceBefore), !blocked[end + 1],
              !tokens[end + 1].flags.contains(.initialCapital) || title(at: end + 1) == nil {  // `Phong-Trưởng phòng`
            end += 2
        }
        if end < tokens.count, isGlued(end, 0x2E), isInitials(index) { end += 1 }  // the dot first: most words have none
        return end
    }

    /// The most word units `nameRun` reads unless told otherwise.
    static let longestRun = 8

    /// The word units of the run of name words starting at `index` (at most `limit`).
    /// A capitalized title inside the run ends it (`Phan Văn Khải Thủ tướng`), and so do a line
    /// break and a new sentence after initials (`bà H. Thấy vậy …`).
    func nameRun(from index: Int, limit: Int = longestRun) -> [Int] {
        var words: [Int] = []
        nameRun(from: index, limit: limit, into: &words)
        return words
    }

    /// `nameRun(from:limit:)` written into `words` (emptied first), for a caller that reads many
    /// runs into one buffer.
    func nameRun(from index: Int, limit: Int = longestRun, into words: inout [Int]) {
        words.removeAll(keepingCapacity: true)
        var position = index
        while words.count < limit, isNameWord(position), words.isEmpty || title(at: position) == nil
                && !tokens[position].flags.contains(.lineBefore)  // a title's last word and the body's first
                && !(tokens[position].flags.contains(.sentenceStart) && tokens[position - 1].kind == .punctuation) {
            words.append(position)
            position = wordEnd(position)
            // Particles between the words of a foreign name belong to it (`Vasco da Gama`): one or
            // two, so only with a name word one or two tokens on.
            guard isNameWord(position + 1) || isNameWord(position + 2) else { continue }
            var next = position
            while next < tokens.count, next - position < 2, tokens[next].kind == .word,
                  !tokens[next].flags.contains(.initialCapital), lexicon.facts(id(next)).contains(.particle) { next += 1 }
            if next > position, isNameWord(next), words.contains(where: { !isNative($0) }) {
                words.append(contentsOf: position..<next)
                position = next
            }
        }
    }

    /// Whether every syllable of the word unit at `index` is spelled as a Vietnamese one.
    func isNative(_ index: Int) -> Bool {
        text.view.units.withUnsafeBufferPointer { units in
            var position = index
            let end = wordEnd(index)
            while position < end {
                if tokens[position].kind == .word, !VietnameseSyllable.isNative(units, tokens[position].range) { return false }
                position += 1
            }
            return true
        }
    }

    /// Whether the token at `index` starts a sentence, a line, or follows an opening mark.
    func atSentenceStart(_ index: Int) -> Bool {
        guard index > 0 else { return true }
        let flags = tokens[index].flags
        if flags.contains(.sentenceStart) || flags.contains(.lineBefore) { return true }
        let previous = tokens[index - 1]
        guard previous.kind == .punctuation else { return false }
        switch text.view.units[Int(previous.start)] {
        case 0x22, 0x27, 0x28, 0x5B, 0x201C, 0x2018, 0x2013, 0x2014, 0x2D, 0x3A, 0x2026: return true
        default: return false
        }
    }

    /// Whether token `index` is punctuation `unit` with no space before it.
    func isGlued(_ index: Int, _ unit: UInt16) -> Bool {
        tokens[index].kind == .punctuation && !tokens[index].flags.contains(.spaceBefore)
            && text.view.units[Int(tokens[index].start)] == unit
    }

    /// Whether token `index` is the single character `unit`.
    func isMark(_ index: Int, _ unit: UInt16) -> Bool {
        index < tokens.count && tokens[index].length == 1 && text.view.units[Int(tokens[index].start)] == unit
    }

    private func isGluedDash(_ index: Int) -> Bool {
        tokens[index].length == 1 && !tokens[index].flags.contains(.spaceBefore)
            && UTF16Letters.isDash(text.view.units[Int(tokens[index].start)])
    }

    // MARK: Titles

    /// The title starting at `index`, if the text writes it as one: honorifics and weak titles in
    /// lower case or capitalized at a sentence start; a modifier only before another title; a
    /// glued dot after an abbreviation (`TS.`) belongs to it.
    /// Found once per token when the scan is built.
    @inline(__always)
    func title(at index: Int) -> TitleMatch? {
        index < titles.count ? titles[index] : nil
    }

    /// Whether the word at `index` is itself a title (`Anh`, `Bác`), whatever its case.
    /// A modifier is none alone (`Tân`, `Nguyên` are names too).
    func isTitleWord(_ index: Int) -> Bool {
        guard titleSyllables[index] >= 0,
              let match = lexicon.titles.longestMatch(at: index, in: text, syllables: titleSyllables),
              match.tokens == index..<index + 1 else { return false }
        return lexicon.titleRecord(of: match).map { lexicon.titleRecords[$0].kind != .modifier } ?? true
    }

    /// The title starting at `index`, where the title list matches tokens `match` of kind `kind`,
    /// given the titles found after it.
    private func acceptedTitle(at index: Int, matching match: Range<Int>, kind: PersonLexicon.TitleKind,
                               after found: [TitleMatch?]) -> TitleMatch? {
        let capitalized = tokens[index].flags.contains(.initialCapital)
        var end = match.upperBound
        switch kind {
        case .honorific, .weak:
            if capitalized && !atSentenceStart(index) { return nil }
        case .modifier:
            guard end < found.count, let inner = found[end], inner.kind == .role else { return nil }
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
