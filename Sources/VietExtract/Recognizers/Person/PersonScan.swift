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
    /// The syllable id of each token in the title and epithet tries and the name lists (which
    /// share their ids; ids past their table are syllables they lack).
    let titleSyllables: [Int32]
    /// `marks[i]`: what the rules know of token i before they run (`PersonMarks`).
    private(set) var marks: [PersonMarks] = []
    /// The titles accepted in the text, in text order; `marks` tells where one starts.
    private(set) var titles: [TitleMatch] = []
    /// The capitalized words that stand for a thing, in text order: inside an earlier candidate, or
    /// after a word for a kind of thing (`công ty Dentsu`); `isThingElsewhere` compares a name with them.
    private(set) var thingCapitals: [Int] = []
    /// Which tokens are spelled as Vietnamese syllables, told once a token when first asked.
    private let nativeSyllables: NativeSyllables

    /// The scan of `text`, whose syllable ids are `shared` when they number it over the title tries' syllables.
    /// `scanSyllables` is the lexicon's `ScanSyllables`.
    init(text: AnalyzedText, lexicon: PersonLexicon, scanSyllables: ScanSyllables, candidates: [Candidate],
         shared: TextSyllables? = nil) {
        self.text = text
        tokens = text.tokens
        self.lexicon = lexicon
        nativeSyllables = NativeSyllables(count: text.tokens.count)
        titleSyllables = lexicon.titles.syllables(of: text, shared: shared)
        let tokens = text.tokens
        var marks = [PersonMarks](repeating: [], count: tokens.count)
        let alone = Self.markCandidates(candidates, in: tokens, marks: &marks)
        // A candidate of one token yields to a name running into it only where no longer one covers it.
        for index in alone where !marks[index].contains(.coveredLonger)
            && lexicon.facts(lexicon.nameID(titleSyllables[index])).contains(.given) {
            marks[index].insert(.yielding)
        }
        let titleStarts: [Int]
        (thingCapitals, titleStarts) = Self.markTokens(&marks, text: text, lexicon: lexicon, scanSyllables: scanSyllables,
                                                         titleSyllables: titleSyllables)
        titles = findTitles(marks: &marks, startingAt: titleStarts)
        self.marks = marks
    }

    // MARK: Words

    /// The name-list syllable id of token `index`, read from its syllable id when asked.
    @inline(__always)
    func id(_ index: Int) -> Int32 {
        lexicon.nameID(titleSyllables[index])
    }

    /// Whether token `index` can be (part of) a name: a capitalized word, not in an earlier
    /// candidate (unless a name runs into a given name taken alone: `Tuấn Anh`), not a word in
    /// capitals (a heading or an acronym) unless it is initials.
    @inline(__always)
    func isNameWord(_ index: Int) -> Bool {
        index < marks.count && marks[index].contains(.nameWord)
    }

    /// Whether token `index` has the shape of a name word, wherever it stands (see `isNameWord`).
    /// Static, since it runs while the scan is built.
    /// The caller's buffers are read: `token` is token `index`, `units` the view's units.
    static func hasNameShape(_ token: Token, at index: Int, units: UnsafeBufferPointer<UInt16>,
                                     in text: AnalyzedText) -> Bool {
        guard token.kind == .word, token.flags.contains(.initialCapital), !token.flags.contains(.hasDigit) else { return false }
        if token.flags.contains(.allCapitals) { return token.length == 1 || isInitials(index, in: text) }
        // One pass over the units after the capital, read in place.
        var dotted = false, capitalAfterDot = false
        for position in Int(token.start) + 1..<Int(token.end) {
            let unit = units[position]
            if UTF16Letters.isASCIILower(unit) { continue }  // most units: told by one test
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

    /// Whether token `index` is initials: single capitals joined by dots (`N.V.A`, `H`), or a capital
    /// and `h`/`r`/`g` with a dot glued after (`Nh.`, `Tr.`, `Ng.`).
    @inline(__always)
    func isInitials(_ index: Int) -> Bool {
        // Initials are two units or in capitals: most words are neither, told with no call.
        let token = tokens[index]
        return (token.length == 2 || token.flags.contains(.allCapitals)) && Self.isInitials(index, in: text)
    }

    /// `isInitials(_:)` of token `index` of `text`.
    private static func isInitials(_ index: Int, in text: AnalyzedText) -> Bool {
        let tokens = text.tokens
        let token = tokens[index]
        let units = text.view.units
        if token.length == 2, token.flags.contains(.initialCapital), !token.flags.contains(.allCapitals),
           index + 1 < tokens.count, tokens[index + 1].kind == .punctuation, !tokens[index + 1].flags.contains(.spaceBefore),
           units[Int(tokens[index + 1].start)] == 0x2E {
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
    @inline(__always)
    func wordEnd(_ index: Int) -> Int {
        let end = index + 1
        // Most words have nothing glued after them, no dash, no dot: told here, with no call.
        guard end < tokens.count, !tokens[end].flags.contains(.spaceBefore) else { return end }
        return gluedWordEnd(index)
    }

    /// `wordEnd(_:)` of a word with a token glued after it.
    private func gluedWordEnd(_ index: Int) -> Int {
        var end = index + 1
        while end + 1 < tokens.count, isGluedDash(end), tokens[end + 1].kind == .word,
              !tokens[end + 1].flags.contains(.spaceBefore), !isBlocked(end + 1),
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
        words.clearKeepingCapacity()
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
                if tokens[position].kind == .word, !nativeSyllables.isNative(position, units, tokens[position].range) { return false }
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
}
