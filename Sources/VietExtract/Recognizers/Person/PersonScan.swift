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

    /// Adds to `marks` (which holds the earlier candidates' marks, and `yielding`) the marks each
    /// token finds alone: epithet, line start, name word. Only capitalized tokens and a line's first
    /// are looked at, since epithets are written with a capital (`PersonLexicon` checks it) and the
    /// other marks need one.
    /// Returns the capitalized words that stand for a thing (`thingCapitals`), and the tokens where
    /// a title may start (`TitleStarts`), in text order.
    ///
    /// A first pass over every token lists, with no branch per token (a text's mix of cases and
    /// words would mispredict one every few tokens), the tokens whose syllable starts some title and
    /// the tokens to look at; the rest runs over these two lists.
    private static func markTokens(_ marks: inout [PersonMarks], text: AnalyzedText, lexicon: PersonLexicon,
                                   scanSyllables: ScanSyllables, titleSyllables: [Int32]) -> (things: [Int], titleStarts: [Int]) {
        let count = min(text.tokens.count, titleSyllables.count)
        var things: [Int] = [], titleStarts: [Int] = []
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * count) { buffer in
            guard let base = buffer.baseAddress else { return }
            let firsts = scanSyllables.withReader { facts in
                Self.listTokens(count: count, tokens: text.tokens, syllables: titleSyllables, facts: facts, into: base)
            }
            // Most listed syllables (`bộ`, `nhà`) start no title here: compacted in place.
            var starts = 0
            for index in UnsafeBufferPointer(start: base, count: firsts.titles) {
                base[starts] = index
                starts &+= lexicon.titleStarts.mayStart(at: index, syllables: titleSyllables) ? 1 : 0
            }
            titleStarts = Array(UnsafeBufferPointer(start: base, count: starts))
            things = scanSyllables.withReader { facts in
                markLooked(UnsafeBufferPointer(start: base + count, count: firsts.looked), marks: &marks,
                           text: text, facts: facts, titleSyllables: titleSyllables)
            }
        }
        return (things, titleStarts)
    }

    /// Writes at `base` the first `count` tokens whose syllable starts some title (by their
    /// syllables' `facts`), and at `base + count` those that are capitalized or a line's first;
    /// returns how many of each. Every token is written at the end of both lists, whose lengths grow
    /// by one where it belongs (a shift of its bit, not a test).
    private static func listTokens(count: Int, tokens: [Token], syllables: [Int32], facts: ScanSyllables.Reader,
                                   into base: UnsafeMutablePointer<Int>) -> (titles: Int, looked: Int) {
        let looked = base + count
        var lengths = (titles: 0, looked: 0)
        tokens.withUnsafeBufferPointer { tokens in
            syllables.withUnsafeBufferPointer { syllables in
                let capital = Token.Flags.initialCapital.rawValue, line = Token.Flags.lineBefore.rawValue
                let shift = UInt8(line.trailingZeroBitCount - capital.trailingZeroBitCount)
                for index in 0..<count {
                    base[lengths.titles] = index
                    lengths.titles &+= Int(facts.facts(syllables[index]) & ScanSyllables.Facts.titleFirst.rawValue)
                    // Capitalized or after a line break: the line's bit shifted onto the capital's.
                    let flags = tokens[index].flags.rawValue
                    looked[lengths.looked] = index
                    lengths.looked &+= Int(((flags | flags >> shift) & capital) >> capital.trailingZeroBitCount)
                }
            }
        }
        return lengths
    }

    /// Marks the tokens `looked` (capitalized, or a line's first), in order; returns the capitalized
    /// words that stand for a thing.
    private static func markLooked(_ looked: UnsafeBufferPointer<Int>, marks: inout [PersonMarks], text: AnalyzedText,
                                   facts: ScanSyllables.Reader, titleSyllables: [Int32]) -> [Int] {
        var things: [Int] = []
        // Most capitals inside earlier candidates are things: about one token in ten.
        things.reserveCapacity(text.tokens.count / 8 + 16)
        let units = text.view.units
        text.tokens.withUnsafeBufferPointer { tokens in
            units.withUnsafeBufferPointer { units in
                titleSyllables.withUnsafeBufferPointer { syllables in
                    marks.withUnsafeMutableBufferPointer { marks in
                        for index in looked {
                            let flags = tokens[index].flags
                            var mark = marks[index]
                            if flags.contains(.lineBefore) { mark.insert(.lineStart) }  // the text's first too
                            if flags.contains(.initialCapital) {
                                if tokens[index].kind == .word, mark.contains(.blocked) || index > 0 && tokens[index - 1].kind == .word
                                    && facts.facts(syllables[index - 1]) & ScanSyllables.Facts.thingWord.rawValue != 0 {
                                    things.append(index)
                                }
                                if facts.facts(syllables[index]) & ScanSyllables.Facts.epithet.rawValue != 0 { mark.insert(.epithet) }
                                // Many capitals are in an earlier candidate: tested here, before the call.
                                if !mark.contains(.blocked) || mark.contains(.yielding) && index > 0 && marks[index - 1].contains(.nameWord),
                                   hasNameShape(tokens[index], at: index, units: units, in: text) {
                                    mark.insert(.nameWord)
                                }
                            }
                            marks[index] = mark
                        }
                    }
                }
            }
        }
        return things
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
    private static func hasNameShape(_ token: Token, at index: Int, units: UnsafeBufferPointer<UInt16>,
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
