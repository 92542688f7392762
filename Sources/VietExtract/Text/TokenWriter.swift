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
    private let facts: UnsafeBufferPointer<UInt32>
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
    }

    /// A writer into `tokens` and `keys`, each with room for a token per unit of `text`.
    init(
        tokens: UnsafeMutableBufferPointer<Token>, keys: UnsafeMutableBufferPointer<UInt64>,
        text: UnsafeBufferPointer<UInt16>, facts: UnsafeBufferPointer<UInt32>
    ) {
        self.tokens = tokens
        self.keys = keys
        self.text = text
        self.facts = facts
    }

    /// The number of units in the text.
    var length: Int { text.count }

    /// The `UnitClasses.withFolds` entry of the unit at `position`.
    @inline(__always)
    func fact(at position: Int) -> UInt32 { UnitClasses.withFold(text[position], in: facts) }

    /// Goes back to `mark`, dropping the tokens written after it.
    mutating func restore(_ mark: State) { state = mark }

    /// Writes the segment `start..<end`, whose units gave `tally`: white space becomes no token
    /// but marks the next one.
    @inline(__always)
    mutating func append(_ start: Int, _ end: Int, _ tally: UnitTally) {
        let first = fact(at: start)
        if UnitClasses.Bits(rawValue: UInt8(truncatingIfNeeded: first)).contains(.whitespace) {
            var lineBreak = false
            for position in start..<end where text[position] == 0x0A || text[position] == 0x0D || text[position] == 0x2029 {
                lineBreak = true
            }
            appendSpace(lineBreak: lineBreak)
        } else {
            appendToken(start, end, first, tally)
        }
    }

    /// Notes white space before the next token.
    @inline(__always)
    mutating func appendSpace(lineBreak: Bool) {
        state.pending.insert(lineBreak ? [.spaceBefore, .lineBefore] : .spaceBefore)
        if state.afterTerminal { state.pending.insert(.sentenceStart) }
    }

    /// Writes the token `start..<end`, not white space, whose first unit has the entry `first`
    /// of `UnitClasses.withFolds` and whose units gave `tally`.
    @inline(__always)
    mutating func appendToken(_ start: Int, _ end: Int, _ first: UInt32, _ tally: UnitTally) {
        let unit = text[start]
        var flags = state.pending.union(tally.digitFlag)
        let kind: Token.Kind
        if tally.hasLetter {
            if UnitClasses.Bits(rawValue: UInt8(truncatingIfNeeded: first)).contains(.upper) { flags.insert(.initialCapital) }
            if tally.lettersAreCapitals { flags.insert(.allCapitals) }
            kind = .word
            state.afterTerminal = false
        } else if tally.hasDigit {
            kind = .number
            state.afterTerminal = false
        } else {
            // Letters of other scripts (CJK, Cyrillic…) that ICU keeps as words.
            kind = end - start > 1 || unit > 0x2FFF ? .word : .punctuation
            if kind == .word || !Self.isClosing(unit) { state.afterTerminal = kind == .punctuation && Self.isSentenceTerminal(unit) }
        }
        tokens.initializeElement(at: state.count, to: Token(start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: end), kind: kind, flags: flags))
        keys.initializeElement(at: state.count, to: end - start == 1 && UTF16Letters.isDash(unit)
            ? SyllableKeys.dash : SyllableKeys.finish(tally.hash))
        state.count += 1
        state.pending = []
    }

    /// Writes the segments of `text` between consecutive `boundaries`.
    mutating func append(segmentsAt boundaries: UnsafeBufferPointer<Int32>) {
        for index in 0..<max(boundaries.count - 1, 0) {
            let start = Int(boundaries[index])
            let end = Int(boundaries[index + 1])
            var tally = UnitTally()
            for position in start..<end { tally.add(fact(at: position)) }
            append(start, end, tally)
        }
    }

    @inline(__always)
    private static func isSentenceTerminal(_ unit: UInt16) -> Bool {
        unit == 0x2E || unit == 0x21 || unit == 0x3F || unit == 0x2026
    }

    @inline(__always)
    private static func isClosing(_ unit: UInt16) -> Bool {
        unit == 0x22 || unit == 0x27 || unit == 0x29 || unit == 0x5D || unit == 0x201D || unit == 0x2019 || unit == 0xBB
    }
}
