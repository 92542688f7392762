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
    /// The pass runs backwards, so that how far the next mark stands is known at each token; it
    /// writes the list from the end of `buffer` down.
    func tokens(of text: AnalyzedText, syllables: [Int32], places: CandidateStarts,
                in buffer: UnsafeMutableBufferPointer<Int>) -> Slice<UnsafeMutableBufferPointer<Int>> {
        let end = min(text.tokens.count, syllables.count, buffer.count)
        guard end > 0, let list = buffer.baseAddress else { return buffer[0..<0] }
        var first = end
        text.tokens.withUnsafeBufferPointer { tokens in
            syllables.withUnsafeBufferPointer { syllables in
                text.view.units.withUnsafeBufferPointer { units in
                    starts.withUnsafeBufferPointer { starts in
                        let past = UInt32(starts.count - 1), lastUnit = units.count - 1
                        // Capitalized words from the token after the one at hand to the nearest mark,
                        // `markReach` when none is near enough.
                        var toMark = Self.markReach
                        for index in stride(from: end - 1, through: 0, by: -1) {
                            let token = tokens[index]
                            let facts = starts[Int(min(UInt32(bitPattern: syllables[index]), past))]
                            let flags = Int(token.flags.rawValue)
                            let capital = (flags | flags >> 1) & 1   // initialCapital or allCapitals
                            let digit = flags >> 2 & 1                // hasDigit
                            let word = token.kind == .word ? 1 : 0
                            let (lower, upper, suffix) = (Self.bit(facts, Self.lowerCase), Self.bit(facts, Self.capitalized), Self.bit(facts, Self.suffix))
                            let markFollows = toMark < Self.markReach ? 1 : 0
                            let possible = (places.startsPlace(at: index) ? 1 : 0)
                                | capital & (digit | (word ^ 1) | upper | markFollows)
                                | (capital ^ 1) & (lower | digit & upper)
                            list[first &- 1] = index
                            first &-= possible
                            // `FC`, read with no branch on the token's length (its second unit is clamped into the text).
                            let unit = Int(token.start)
                            let isFC = (token.length == 2 ? 1 : 0) & (units[unit] == 0x46 ? 1 : 0)
                                & (units[min(unit &+ 1, lastUnit)] == 0x43 ? 1 : 0)
                            let capitalWord = capital & word
                            let mark = capitalWord & (suffix | isFC)
                            let further = toMark &+ 1 &- ((toMark &+ 1) &>> 2)   // one more, at most markReach
                            toMark = further & (0 &- (capitalWord & (mark ^ 1))) | Self.markReach & (0 &- (capitalWord ^ 1))
                        }
                    }
                }
            }
        }
        return buffer[first..<end]
    }

    /// 1 where `facts` has `fact`, else 0, by a shift rather than a test.
    @inline(__always)
    private static func bit(_ facts: UInt8, _ fact: UInt8) -> Int {
        Int((facts & fact) >> fact.trailingZeroBitCount)
    }
}
