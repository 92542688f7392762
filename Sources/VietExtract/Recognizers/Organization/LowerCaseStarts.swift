/// By syllable id, whether a word written in lower case with that first syllable may start
/// something the organization recognizer reads: a head word that opens a name in lower case
/// (`công ty`; not `bộ`, `tổ chức`, whose lower-case forms are the common words) or a blocked phrase
/// of the lexicon, or a known name that some entry accepts in lower case.
///
/// Most words of a text are lower-case words that start none of these; one load tells the
/// recognizer's loop to step over them, with neither list looked up.
struct LowerCaseStarts: Sendable {
    private let starts: [Bool]

    /// The table of `lexicon`'s first syllables and `known`'s keys, which share their syllable ids.
    init(lexicon: OrganizationLexicon, known: GazetteerMatcher) {
        var starts = [Bool](repeating: false, count: max(lexicon.startRoles.count, known.syllableCount))
        for (syllable, roles) in lexicon.startRoles.enumerated() where !roles.isDisjoint(with: [.lowerCaseHead, .blocked]) {
            starts[syllable] = true
        }
        for syllable in 0..<known.syllableCount where known.startsKey(Int32(syllable), capitalized: false) {
            starts[syllable] = true
        }
        self.starts = starts
    }

    /// Whether a lower-case word whose first syllable has id `syllable` may start something. Read as
    /// unsigned, an id is in the table when below its count: one comparison, and none for -1 (no syllable).
    @inline(__always)
    func mayStart(_ syllable: Int32) -> Bool {
        let slot = Int(UInt32(bitPattern: syllable))
        return slot < starts.count && starts[slot]
    }

    /// The first token from `index` on that may start an organization (or be stepped over): only a
    /// head word (in lower case, one that opens a name so) or a blocked phrase of the lexicon, a known name, a place (`places`), a capitalized
    /// word or one with a digit does. Most tokens are lower-case words that start none of these, told
    /// so by their flags and first syllable, with nothing looked up; out of line, the loop over them
    /// keeps what it reads in registers (the places' table too, passed as a value), and reads the
    /// arrays through their buffers with no bounds checks.
    @inline(never)
    func nextPossibleStart(from index: Int, tokens: [Token], syllables: [Int32], places: CandidateStarts) -> Int {
        tokens.withUnsafeBufferPointer { tokens in
            syllables.withUnsafeBufferPointer { syllables in
                let end = min(tokens.count, syllables.count)
                var index = index
                while index < end, tokens[index].flags.isDisjoint(with: [.initialCapital, .allCapitals, .hasDigit]),
                      !mayStart(syllables[index]), !places.startsPlace(at: index) { index += 1 }
                return index
            }
        }
    }
}
