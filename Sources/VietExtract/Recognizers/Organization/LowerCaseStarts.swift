/// By syllable id, whether a word written in lower case with that first syllable may start
/// something the organization recognizer reads: a head word or a blocked phrase of the lexicon, or
/// a known name that some entry accepts in lower case.
///
/// Most words of a text are lower-case words that start none of these; one load tells the
/// recognizer's loop to step over them, with neither list looked up.
struct LowerCaseStarts: Sendable {
    private let starts: [Bool]

    /// The table of `lexicon`'s first syllables and `known`'s keys, which share their syllable ids.
    init(lexicon: OrganizationLexicon, known: GazetteerMatcher) {
        var starts = [Bool](repeating: false, count: max(lexicon.startRoles.count, known.syllableCount))
        for (syllable, roles) in lexicon.startRoles.enumerated() where !roles.isDisjoint(with: [.head, .blocked]) {
            starts[syllable] = true
        }
        for syllable in 0..<known.syllableCount where known.startsKey(Int32(syllable), capitalized: false) {
            starts[syllable] = true
        }
        self.starts = starts
    }

    /// Whether a lower-case word whose first syllable has id `syllable` may start something.
    @inline(__always)
    func mayStart(_ syllable: Int32) -> Bool {
        syllable >= 0 && Int(syllable) < starts.count && starts[Int(syllable)]
    }

    /// The first token from `index` on that may start an organization (or be stepped over): only a
    /// head word or a blocked phrase of the lexicon, a known name, a place, a capitalized word or one
    /// with a digit does. Most tokens are lower-case words that start none of these, told so by
    /// their flags and first syllable, with nothing looked up; out of line, the loop over them keeps
    /// what it reads in registers, and reads the arrays through their buffers with no bounds checks.
    @inline(never)
    func nextPossibleStart(from index: Int, tokens: [Token], syllables: [Int32], scanner: OrganizationNameScanner) -> Int {
        tokens.withUnsafeBufferPointer { tokens in
            syllables.withUnsafeBufferPointer { syllables in
                let end = min(tokens.count, syllables.count)
                var index = index
                while index < end, tokens[index].flags.isDisjoint(with: [.initialCapital, .allCapitals, .hasDigit]),
                      !mayStart(syllables[index]), !scanner.startsPlace(at: index) { index += 1 }
                return index
            }
        }
    }
}
