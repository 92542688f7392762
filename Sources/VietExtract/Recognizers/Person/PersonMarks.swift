/// What the person rules know of one token before they run, as bits: `PersonScan` finds them in
/// one pass per text, so that the rules test a bit, and the passes skip the tokens that can start
/// nothing, several at a time.
struct PersonMarks: OptionSet, Sendable {
    let rawValue: UInt16

    /// The token overlaps an earlier candidate of another label.
    static let blocked = PersonMarks(rawValue: 1 << 0)
    /// The token overlaps an earlier place or organization (not a date: `Năm 1990 , Bradley …`).
    static let named = PersonMarks(rawValue: 1 << 1)
    /// The token is, alone, an earlier candidate that is also a given name (`Anh`, `Nga`), which a
    /// name running into it takes over (`Tuấn Anh`, `Hằng Nga`).
    static let yielding = PersonMarks(rawValue: 1 << 2)
    /// The token can be (part of) a name (`PersonScan.isNameWord`).
    static let nameWord = PersonMarks(rawValue: 1 << 3)
    /// A title starts at the token (`PersonScan.title(at:)`).
    static let title = PersonMarks(rawValue: 1 << 4)
    /// The word is itself a title, whatever its case (`PersonScan.isTitleWord`).
    static let titleWord = PersonMarks(rawValue: 1 << 5)
    /// The token's syllable is some epithet's first.
    static let epithet = PersonMarks(rawValue: 1 << 6)
    /// The token is the text's first or a line's first.
    static let lineStart = PersonMarks(rawValue: 1 << 7)
    /// While the scan is built: the token is covered by a candidate of several tokens.
    static let coveredLonger = PersonMarks(rawValue: 1 << 8)

    /// The tokens where the left-to-right pass (`leftToRightMentions`) may find something.
    static let mentionStart: PersonMarks = [.nameWord, .title, .epithet, .lineStart]
}

extension PersonScan {
    /// Marks in `marks` the tokens of the earlier candidates of other labels: blocked (and named for
    /// places and organizations), and covered by a longer one. Returns the tokens some candidate
    /// covers alone. Read through buffers.
    static func markCandidates(_ candidates: [Candidate], in tokens: [Token], marks: inout [PersonMarks]) -> [Int] {
        var alone: [Int] = []
        alone.reserveCapacity(candidates.count)
        tokens.withUnsafeBufferPointer { tokens in
            marks.withUnsafeMutableBufferPointer { marks in
                // By index: a candidate is not copied for its label and range.
                for position in candidates.indices where candidates[position].label != .person {
                    let label = candidates[position].label, range = candidates[position].viewRange
                    // The first token that ends after the candidate's start.
                    let first = tokens.firstIndex(atLeast: range.lowerBound + 1) { Int($0.end) }
                    var index = first
                    let mark: PersonMarks = label == .location || label == .organization ? [.blocked, .named] : .blocked
                    while index < tokens.count, Int(tokens[index].start) < range.upperBound {
                        marks[index].formUnion(mark)
                        index += 1
                    }
                    if index - first == 1 { alone.append(first) }
                    for covered in first..<index where index - first > 1 { marks[covered].insert(.coveredLonger) }
                }
            }
        }
        return alone
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
    static func markTokens(_ marks: inout [PersonMarks], text: AnalyzedText, lexicon: PersonLexicon,
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

    /// The first token at or after `index` with any of the marks `wanted`, or `tokens.count`:
    /// four tokens' marks tested at a time, since most tokens have none of them, and the first of
    /// the four that has one told by its lowest bit (not by a loop whose end would mispredict).
    @inline(__always)
    func next(from index: Int, with wanted: PersonMarks) -> Int {
        marks.withUnsafeBufferPointer { marks in
            guard let base = marks.baseAddress else { return index }
            let raw = UnsafeRawPointer(base)
            let stride = MemoryLayout<PersonMarks>.stride
            let spread = UInt64(wanted.rawValue) &* 0x0001_0001_0001_0001
            var position = index
            while position &+ 4 <= marks.count {
                // Little-endian: the mark of `position` is the lowest of the four.
                let found = raw.loadUnaligned(fromByteOffset: position &* stride, as: UInt64.self) & spread
                if found != 0 { return position &+ found.trailingZeroBitCount / (8 &* stride) }
                position &+= 4
            }
            while position < marks.count, marks[position].isDisjoint(with: wanted) { position += 1 }
            return position
        }
    }

    /// Whether token `index` overlaps an earlier candidate of another label.
    @inline(__always)
    func isBlocked(_ index: Int) -> Bool { marks[index].contains(.blocked) }

    /// Whether token `index` overlaps an earlier place or organization.
    @inline(__always)
    func isNamed(_ index: Int) -> Bool { marks[index].contains(.named) }

    /// Whether token `index` is, alone, an earlier candidate that a name running into it takes over.
    @inline(__always)
    func isYielding(_ index: Int) -> Bool { marks[index].contains(.yielding) }
}
