/// Which tokens of a text may start something the organization recognizer reads, told by their
/// flags and first syllable with nothing looked up: most tokens start nothing and are stepped over.
///
/// By syllable id, one byte says whether a word with that first syllable may start something in
/// lower case (a head word that opens a name so, `công ty`, not `bộ`; a blocked phrase; a known
/// name some entry accepts in lower case), whether it may when capitalized (a head word, a blocked
/// phrase or a known name in any case), and whether it may start a company suffix (`Group`).
///
/// A text's possible starts are listed in one pass with no branch on a token's facts (a text's
/// mix of words mispredicts such a branch every few tokens): every token is written at the head
/// of the list, which grows by one where the token may start something.
struct PossibleStarts: Sendable {
    private let starts: [UInt8]
    /// What a token's shape and its first syllable's facts tell, by `shape(...) | facts`.
    private let readings: [UInt8] = Self.readings()
    private static let lowerCase: UInt8 = 1
    private static let capitalized: UInt8 = 2
    private static let suffix: UInt8 = 4
    /// How far after a capitalized word the mark of a patterned name may stand (`PatternedNames`).
    private static let markReach = 3

    /// The table of `lexicon`'s first syllables and `known`'s keys, which share their syllable ids.
    init(lexicon: OrganizationLexicon, known: GazetteerMatcher) {
        var starts = [UInt8](repeating: 0, count: max(lexicon.startRoles.count, known.syllableCount))
        for (syllable, roles) in lexicon.startRoles.enumerated() {
            if !roles.isDisjoint(with: [.lowerCaseHead, .blocked]) { starts[syllable] |= Self.lowerCase }
            if !roles.isDisjoint(with: [.head, .blocked]) { starts[syllable] |= Self.capitalized }
            if roles.contains(.suffix) { starts[syllable] |= Self.suffix }
        }
        for syllable in 0..<known.syllableCount {
            if known.startsKey(Int32(syllable), capitalized: false) { starts[syllable] |= Self.lowerCase }
            if known.startsKey(Int32(syllable), capitalized: true) { starts[syllable] |= Self.capitalized }
        }
        // Every id past the table (and -1, no syllable) reads the empty facts after it.
        self.starts = starts + [0]
    }

    /// The tokens of `text` that may start an organization (or be stepped over), in order, written
    /// into `buffer` (room for every token): a head word (in lower case, one that opens a name so)
    /// or a blocked phrase of the lexicon, a known name, a place (`places`), or a capitalized word
    /// that a pattern may read: one with a digit, or one before a capitalized mark (`FC`, a suffix)
    /// within `markReach` tokens, all capitalized.
    ///
    /// The pass runs backwards, so that where the next mark stands is known at each token; it
    /// writes the list from the end of `buffer` down.
    func tokens(of text: AnalyzedText, syllables: [Int32], places: CandidateStarts,
                in buffer: UnsafeMutableBufferPointer<Int>) -> Slice<UnsafeMutableBufferPointer<Int>> {
        let end = min(text.tokens.count, syllables.count, buffer.count)
        guard end > 0, let list = buffer.baseAddress else { return buffer[0..<0] }
        var first = end
        text.tokens.withUnsafeBufferPointer { tokens in
            syllables.withUnsafeBufferPointer { syllables in
                text.view.units.withUnsafeBufferPointer { units in
                    starts.withUnsafeBufferPointer { starts in readings.withUnsafeBufferPointer { readings in
                        let past = UInt32(starts.count - 1), lastUnit = units.count - 1
                        // The nearest mark after the token at hand (rare: a jump that is seldom taken),
                        // and how many capitalized words follow it (a mask, not a jump on every word's
                        // case): a mark follows within reach when these words run up to it.
                        var nextMark = end &+ Self.markReach, capitalWords = 0
                        for index in stride(from: end - 1, through: 0, by: -1) {
                            let token = tokens[index]
                            let facts = Int(starts[Int(min(UInt32(bitPattern: syllables[index]), past))])
                            let shape = Self.shape(token)
                            let reading = Int(readings[shape | facts])
                            let capitalWord = reading >> 1 & 1
                            let possible = (places.startsPlace(at: index) ? 1 : 0) | reading & 1
                                | capitalWord & (nextMark &- index <= Self.markReach ? 1 : 0) & (nextMark &- index <= capitalWords ? 1 : 0)
                            list[first &- 1] = index
                            first &-= possible
                            // `FC`, read with no branch on the token's length (its second unit is clamped into the text).
                            let unit = Int(token.start)
                            let isFC = (token.length == 2 ? 1 : 0) & (units[unit] == 0x46 ? 1 : 0)
                                & (units[min(unit &+ 1, lastUnit)] == 0x43 ? 1 : 0)
                            let mark = reading >> 2 & 1 | capitalWord & isFC
                            nextMark = mark != 0 ? index : nextMark
                            capitalWords = (capitalWords &+ 1) & (0 &- capitalWord)
                        }
                    } }
                }
            }
        }
        return buffer[first..<end]
    }

    /// A token's case, digit and kind, in bits 3 to 6 of the key of `readings`.
    @inline(__always)
    private static func shape(_ token: Token) -> Int {
        let flags = token.flags.rawValue & (Token.Flags.initialCapital.rawValue | Token.Flags.allCapitals.rawValue
                                            | Token.Flags.hasDigit.rawValue)
        return Int(flags) << 3 | (token.kind == .word ? 0 : 1) << 6
    }

    /// For every shape (`shape(_:)`) and first syllable's facts: whether the token may start
    /// something with no mark after it (bit 0), whether it is a capitalized word, which a mark may
    /// follow (bit 1), and whether it is one that may start a suffix, a mark itself (bit 2).
    private static func readings() -> [UInt8] {
        (0..<128).map { key -> UInt8 in
            let facts = UInt8(key & 7), flags = Token.Flags(rawValue: UInt8(key >> 3 & 7)), isWord = key >> 6 == 0
            let capital = !flags.isDisjoint(with: [.initialCapital, .allCapitals]), digit = flags.contains(.hasDigit)
            let possible = capital ? digit || !isWord || facts & Self.capitalized != 0
                : facts & (digit ? Self.lowerCase | Self.capitalized : Self.lowerCase) != 0
            let capitalWord = capital && isWord
            return (possible ? 1 : 0) | (capitalWord ? 2 : 0) | (capitalWord && facts & Self.suffix != 0 ? 4 : 0)
        }
    }
}
