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
        UInt32(bitPattern: syllable) < UInt32(starts.count) && starts[Int(syllable)]
    }
}
