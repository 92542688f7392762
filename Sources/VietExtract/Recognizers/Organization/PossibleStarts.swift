/// Which tokens of a text may start something the organization recognizer reads, told by their
/// flags and first syllable with nothing looked up: most tokens start nothing and are stepped over.
///
/// By syllable id, one byte says whether a word with that first syllable may start something in
/// lower case (a head word that opens a name so, `công ty`, not `bộ`; a blocked phrase; a known
/// name some entry accepts in lower case), whether it may when capitalized (a head word, a blocked
/// phrase or a known name in any case), and whether it may start a company suffix (`Group`).
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
        self.starts = starts
    }

    /// The facts of a word whose first syllable has id `syllable`. Read as unsigned, an id is in the
    /// table when below its count: one comparison, and none for -1 (no syllable).
    @inline(__always)
    private func facts(_ syllable: Int32) -> UInt8 {
        let slot = Int(UInt32(bitPattern: syllable))
        return slot < starts.count ? starts[slot] : 0
    }

    /// The first token from `index` on that may start an organization (or be stepped over): a head
    /// word (in lower case, one that opens a name so) or a blocked phrase of the lexicon, a known
    /// name, a place (`places`), or a capitalized word that a pattern may read: one with a digit, or
    /// one before a capitalized mark (`FC`, a suffix) within `markReach` tokens, all capitalized.
    /// Out of line, the loop keeps what it reads in registers (the places' table too, passed as a
    /// value), and reads the arrays through their buffers with no bounds checks.
    @inline(never)
    func nextPossibleStart(from index: Int, text: AnalyzedText, syllables: [Int32], places: CandidateStarts) -> Int {
        text.tokens.withUnsafeBufferPointer { tokens in
            syllables.withUnsafeBufferPointer { syllables in
                text.view.units.withUnsafeBufferPointer { units in
                    let end = min(tokens.count, syllables.count)
                    var index = index
                    while index < end {
                        if places.startsPlace(at: index) { break }
                        let flags = tokens[index].flags
                        if flags.isDisjoint(with: [.initialCapital, .allCapitals, .hasDigit]) {
                            if facts(syllables[index]) & Self.lowerCase != 0 { break }
                        } else if flags.isDisjoint(with: [.initialCapital, .allCapitals]) {
                            // A number in lower case opens no pattern (those want a capital: `U16`, `PC67`).
                            if facts(syllables[index]) & (Self.lowerCase | Self.capitalized) != 0 { break }
                        } else if flags.contains(.hasDigit) || tokens[index].kind != .word
                                    || facts(syllables[index]) & Self.capitalized != 0
                                    || markFollows(index, end: end, tokens: tokens, syllables: syllables, units: units) {
                            break
                        }
                        index += 1
                    }
                    return index
                }
            }
        }
    }

    /// Whether a capitalized mark stands within `markReach` tokens after `index`, with only
    /// capitalized words up to it: a club's `FC`, or a word that may start a company suffix.
    @inline(__always)
    private func markFollows(_ index: Int, end: Int, tokens: UnsafeBufferPointer<Token>, syllables: UnsafeBufferPointer<Int32>,
                             units: UnsafeBufferPointer<UInt16>) -> Bool {
        var next = index + 1
        while next < end, next - index <= Self.markReach, tokens[next].kind == .word,
              !tokens[next].flags.isDisjoint(with: [.initialCapital, .allCapitals]) {
            if facts(syllables[next]) & Self.suffix != 0 { return true }
            let token = tokens[next]
            if token.length == 2, units[Int(token.start)] == 0x46, units[Int(token.start) + 1] == 0x43 { return true }
            next += 1
        }
        return false
    }
}
