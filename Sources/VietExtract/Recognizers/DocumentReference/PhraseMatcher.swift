/// Matches phrases from a fixed list (`Chỉ thị`, `Bộ Chính trị`) against the tokens of a text,
/// forwards from a token or backwards ending before one.
///
/// Phrases are normalized like the text (NFC, tone placement) and compared without case, so
/// `chỉ thị`, `CHỈ THỊ` and `Chỉ thị` all match. Each phrase carries a payload (a code, a type).
/// Phrases are indexed by their first and by their last syllable, so a lookup tries only the
/// phrases that can match at that token, longest first, instead of the whole list.
struct PhraseMatcher<Payload: Sendable>: Sendable {
    /// A match: the phrase's payload and the token range it covers.
    struct Match {
        let payload: Payload
        let tokens: Range<Int>
    }

    /// Phrases as the lower-cased tokens the segmenter makes of them (`,` and `&` are tokens), longest first.
    private let phrases: [(syllables: [[UInt16]], payload: Payload)]
    /// Indices into `phrases`, in order, by the hash of the phrase's first syllable.
    private let byFirstSyllable: [UInt64: [Int]]
    /// Indices into `phrases`, in order, by the hash of the phrase's last syllable.
    private let byLastSyllable: [UInt64: [Int]]
    /// Indices of phrases with no syllable (they match anywhere), after all others.
    private let empty: [Int]

    init(_ entries: [(String, Payload)]) {
        let phrases = entries.map { phrase, payload in
            let view = NormalizedText(original: Array(phrase.utf16)).units
            let syllables = Segmenter.tokens(of: view).map { view[$0.range].map(UTF16Letters.lowercase) }
            return (syllables: syllables, payload: payload)
        }.sorted { $0.syllables.count > $1.syllables.count }
        self.phrases = phrases
        let indexed = phrases.indices.filter { !phrases[$0].syllables.isEmpty }
        byFirstSyllable = Dictionary(grouping: indexed) { Self.hash(phrases[$0].syllables.first![...]) }
        byLastSyllable = Dictionary(grouping: indexed) { Self.hash(phrases[$0].syllables.last![...]) }
        empty = phrases.indices.filter { phrases[$0].syllables.isEmpty }
    }

    /// The longest phrase whose last syllable is the token before `tokenIndex`.
    func match(endingBefore tokenIndex: Int, in text: AnalyzedText) -> Match? {
        let candidates = tokenIndex > 0 && tokenIndex <= text.tokens.count
            ? byLastSyllable[Self.hash(of: text.tokens[tokenIndex - 1], in: text)] ?? [] : []
        for index in candidates + empty where phrases[index].syllables.count <= tokenIndex {
            let first = tokenIndex - phrases[index].syllables.count
            if matches(phrases[index].syllables, at: first, in: text) {
                return Match(payload: phrases[index].payload, tokens: first..<tokenIndex)
            }
        }
        return nil
    }

    /// The longest phrase starting at `tokenIndex`.
    func match(startingAt tokenIndex: Int, in text: AnalyzedText) -> Match? {
        let candidates = tokenIndex >= 0 && tokenIndex < text.tokens.count
            ? byFirstSyllable[Self.hash(of: text.tokens[tokenIndex], in: text)] ?? [] : []
        for index in candidates + empty where tokenIndex + phrases[index].syllables.count <= text.tokens.count {
            if matches(phrases[index].syllables, at: tokenIndex, in: text) {
                return Match(payload: phrases[index].payload, tokens: tokenIndex..<tokenIndex + phrases[index].syllables.count)
            }
        }
        return nil
    }

    private func matches(_ syllables: [[UInt16]], at first: Int, in text: AnalyzedText) -> Bool {
        syllables.indices.allSatisfy { offset in
            text.token(text.tokens[first + offset], equalsLowercased: syllables[offset])
        }
    }

    /// FNV-1a over lower-cased units: equal for a syllable and every token that equals it lower-cased.
    private static func hash(_ lowercased: ArraySlice<UInt16>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for unit in lowercased { hash = (hash ^ UInt64(unit)) &* 0x100_0000_01B3 }
        return hash
    }

    private static func hash(of token: Token, in text: AnalyzedText) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for unit in text.units(token.range) { hash = (hash ^ UInt64(UTF16Letters.lowercase(unit))) &* 0x100_0000_01B3 }
        return hash
    }
}
