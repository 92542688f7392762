/// What the segmenter learns about a segment's units as it passes them: whether any is a letter,
/// a lower-case letter or a digit, and the hash of their folded forms (the token's `SyllableKeys` key).
struct UnitTally {
    /// The `UnitClasses.Bits` of every unit passed, or-ed together (in the low byte).
    private var seen: UInt32 = 0
    private(set) var hash = SyllableKeys.seed

    /// Counts one unit, given its entry of `UnitClasses.withFolds`.
    @inline(__always)
    mutating func add(_ fact: UInt32) {
        seen |= fact
        hash = SyllableKeys.step(hash, folded: UInt16(truncatingIfNeeded: fact >> 16))
    }

    private func any(_ bits: UnitClasses.Bits) -> Bool { seen & UInt32(bits.rawValue) != 0 }

    var hasLetter: Bool { any(.letter) }
    var hasDigit: Bool { any(.digit) }
    /// `Token.Flags.hasDigit` when a digit was passed.
    var digitFlag: Token.Flags { hasDigit ? .hasDigit : [] }
    /// Every letter passed is upper-case (true when there is none).
    var lettersAreCapitals: Bool { !any(.lowercaseLetter) }
}

/// Writes the segments of a text as tokens and keys into buffers the segmenter owns, with the
/// spacing and sentence facts that depend on the segments before.
///
/// The writer can go back to a mark: when the segmenter meets a stretch its own rules do not
/// cover, it takes back the tokens after the last boundary no rule can move and asks ICU.
struct TokenWriter {
    private let tokens: UnsafeMutableBufferPointer<Token>
    private let keys: UnsafeMutableBufferPointer<UInt64>
    private let text: UnsafeBufferPointer<UInt16>
    private let facts: UnsafePointer<UInt32>
    private(set) var state = State()

    /// Everything the next token depends on; saved and restored as a mark.
    struct State {
        /// How many tokens are written.
        fileprivate(set) var count = 0
        /// The flags the white space since the last token gives the next one: `spaceBefore`,
        /// `lineBefore`, and `sentenceStart` when that token follows a sentence's end.
        fileprivate var pending: Token.Flags = [.spaceBefore, .lineBefore, .sentenceStart]
        /// The last token ended a sentence (or there is none yet).
        fileprivate var afterTerminal = true

        /// Notes white space before the next token.
        @inline(__always)
        fileprivate mutating func noteSpace(lineBreak: Bool) {
            pending.insert(lineBreak ? [.spaceBefore, .lineBefore] : .spaceBefore)
            if afterTerminal { pending.insert(.sentenceStart) }
        }

        /// The token `start..<end`, not white space, whose first unit `unit` has the entry `first`
        /// of `UnitClasses.withFolds` and whose units gave `tally`, and its key; notes it as the
        /// last token.
        @inline(__always)
        fileprivate mutating func token(
            _ start: Int, _ end: Int, _ unit: UInt16, _ first: UInt32, _ tally: UnitTally
        ) -> (token: Token, key: UInt64) {
            var flags = pending.union(tally.digitFlag)
            let kind: Token.Kind
            var key = SyllableKeys.finish(tally.hash)
            if tally.hasLetter {
                if UnitClasses.Bits(rawValue: UInt8(truncatingIfNeeded: first)).contains(.upper) { flags.insert(.initialCapital) }
                if tally.lettersAreCapitals { flags.insert(.allCapitals) }
                kind = .word
                afterTerminal = false
            } else if tally.hasDigit {
                kind = .number
                afterTerminal = false
            } else {
                // Letters of other scripts (CJK, Cyrillic…) that ICU keeps as words.
                kind = end - start > 1 || unit > 0x2FFF ? .word : .punctuation
                if kind == .word || !TokenWriter.isClosing(unit) {
                    afterTerminal = kind == .punctuation && TokenWriter.isSentenceTerminal(unit)
                }
                if end - start == 1 && UTF16Letters.isDash(unit) { key = SyllableKeys.dash }
            }
            pending = []
            let token = Token(start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: end), kind: kind, flags: flags)
            return (token, key)
        }
    }

    /// A writer into `tokens` and `keys`, each with room for a token per unit of `text`, that
    /// reads units' facts from `facts` (`UnitClasses.withFolds`).
    init(
        tokens: UnsafeMutableBufferPointer<Token>, keys: UnsafeMutableBufferPointer<UInt64>,
        text: UnsafeBufferPointer<UInt16>, facts: UnsafeBufferPointer<UInt32>
    ) {
        self.tokens = tokens
        self.keys = keys
        self.text = text
        self.facts = facts.baseAddress!
    }

    /// The number of units in the text.
    var length: Int { text.count }

    /// The `UnitClasses.withFolds` entry of the unit at `position`: its class, and its bits and
    /// fold unless the class is `.icu`.
    @inline(__always)
    func entry(at position: Int) -> UInt32 { facts[Int(text[position])] }

    /// The `UnitClasses.withFolds` entry of the unit at `position`, with its bits and fold also
    /// for units the table has only the class of.
    @inline(__always)
    func fact(at position: Int) -> UInt32 { UnitClasses.exactEntry(text[position], in: facts) }

    /// Goes back to `mark`, dropping the tokens written after it.
    mutating func restore(_ mark: State) { state = mark }

    /// Writes the segment `start..<end`: white space becomes no token but marks the next one.
    mutating func append(_ start: Int, _ end: Int) {
        var tally = UnitTally()
        for position in start..<end { tally.add(fact(at: position)) }
        append(start, end, fact(at: start), tally)
    }

    /// Writes the one-unit segment at `position`, of a class the table has the whole entry of
    /// (not `.icu`).
    @inline(__always)
    mutating func appendUnit(at position: Int) {
        let first = entry(at: position)
        var tally = UnitTally()
        tally.add(first)
        append(position, position + 1, first, tally)
    }

    /// Writes the segment `start..<end`, whose first unit has the entry `first` and whose units
    /// gave `tally`.
    @inline(__always)
    private mutating func append(_ start: Int, _ end: Int, _ first: UInt32, _ tally: UnitTally) {
        if UnitClasses.Bits(rawValue: UInt8(truncatingIfNeeded: first)).contains(.whitespace) {
            var lineBreak = false
            for position in start..<end where text[position] == 0x0A || text[position] == 0x0D || text[position] == 0x2029 {
                lineBreak = true
            }
            appendSpace(lineBreak: lineBreak)
        } else {
            Self.write(state.token(start, end, text[start], first, tally), at: &state, tokens, keys)
        }
    }

    /// Notes white space before the next token.
    @inline(__always)
    mutating func appendSpace(lineBreak: Bool) { state.noteSpace(lineBreak: lineBreak) }

    /// Writes the word that starts at `start` with a letter or a digit, and each word after it
    /// that follows one space: its letters and digits, over one joiner between two of a kind.
    /// Returns where the last word ends, and the mark and position before the last word that
    /// followed a space (a boundary no rule can move), if any. The loop keeps the text, the
    /// table and the state in locals, so that each unit costs a few instructions.
    ///
    /// A token that starts with a letter or a digit never ends a sentence, so the white space
    /// after it gives the next token `spaceBefore` alone: the mark is the count of tokens there.
    @inline(__always)
    mutating func appendWords(from start: Int) -> (end: Int, fixed: (mark: State, position: Int)?) {
        let text = self.text.baseAddress!
        let facts = self.facts
        let length = self.text.count
        let tokens = self.tokens
        let keys = self.keys
        var state = self.state
        var fixedCount = -1
        var start = start
        var end = start
        while true {
            var tally = UnitTally()
            var fact = facts[Int(text[start])]
            let first = fact
            end = start
            word: while true {
                repeat {
                    tally.add(fact)
                    end &+= 1
                    if end == length { break word }
                    fact = facts[Int(text[end])]
                } while UnitClasses.isWordCharacter(fact)
                let middle = UnitClasses.wordBreakClass(fact)
                guard middle.canJoin, end &+ 1 < length else { break }
                let next = facts[Int(text[end &+ 1])]
                let before = UnitClasses.wordBreakClass(facts[Int(text[end &- 1])])
                guard WordBreaks.joins(before, middle, UnitClasses.wordBreakClass(next)) else { break }
                tally.add(fact)
                end &+= 1
                fact = next
            }
            Self.write(state.token(start, end, text[start], first, tally), at: &state, tokens, keys)
            // Most words are followed by one space and another word: the boundary after the
            // space is fixed. (Any other boundary after a word is not.)
            guard end &+ 1 < length, text[end] == 0x20, UnitClasses.isWordCharacter(facts[Int(text[end &+ 1])]) else { break }
            assert(!state.afterTerminal, "a word ended a sentence")
            state.pending = .spaceBefore
            fixedCount = state.count
            start = end &+ 1
        }
        self.state = state
        guard fixedCount >= 0 else { return (end, nil) }
        return (end, (State(count: fixedCount, pending: .spaceBefore, afterTerminal: false), start))
    }

    /// Stores `token` and its key after the tokens of `state`.
    @inline(__always)
    private static func write(
        _ token: (token: Token, key: UInt64), at state: inout State,
        _ tokens: UnsafeMutableBufferPointer<Token>, _ keys: UnsafeMutableBufferPointer<UInt64>
    ) {
        tokens.initializeElement(at: state.count, to: token.token)
        keys.initializeElement(at: state.count, to: token.key)
        state.count &+= 1
    }

    /// Writes the segments of `text` between consecutive `boundaries`.
    mutating func append(segmentsAt boundaries: UnsafeBufferPointer<Int32>) {
        for index in 0..<max(boundaries.count - 1, 0) {
            append(Int(boundaries[index]), Int(boundaries[index + 1]))
        }
    }

    @inline(__always)
    fileprivate static func isSentenceTerminal(_ unit: UInt16) -> Bool {
        unit == 0x2E || unit == 0x21 || unit == 0x3F || unit == 0x2026
    }

    @inline(__always)
    fileprivate static func isClosing(_ unit: UInt16) -> Bool {
        unit == 0x22 || unit == 0x27 || unit == 0x29 || unit == 0x5D || unit == 0x201D || unit == 0x2019 || unit == 0xBB
    }
}
