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

    /// Phrases as the `SyllableKeys` keys of the tokens the segmenter makes of them (`,` and `&`
    /// are tokens), longest first.
    private let phrases: [(keys: [UInt64], payload: Payload)]
    /// Indices into `phrases`, in order, by the key of the phrase's first syllable.
    private let byFirstSyllable: KeyedTable<[Int]>
    /// Indices into `phrases`, in order, by the key of the phrase's last syllable.
    private let byLastSyllable: KeyedTable<[Int]>
    /// Indices of phrases with no syllable (they match anywhere), after all others.
    private let empty: [Int]

    init(_ entries: [(String, Payload)]) {
        let phrases = entries.map { phrase, payload in
            let view = NormalizedText(original: Array(phrase.utf16)).units
            return (keys: Segmenter.segment(view).keys, payload: payload)
        }.sorted { $0.keys.count > $1.keys.count }
        self.phrases = phrases
        let indexed = phrases.indices.filter { !phrases[$0].keys.isEmpty }
        byFirstSyllable = KeyedTable(Dictionary(grouping: indexed) { phrases[$0].keys.first! }.map { ($0.key, $0.value) })
        byLastSyllable = KeyedTable(Dictionary(grouping: indexed) { phrases[$0].keys.last! }.map { ($0.key, $0.value) })
        empty = phrases.indices.filter { phrases[$0].keys.isEmpty }
    }

    /// The longest phrase whose last syllable is the token before `tokenIndex`.
    func match(endingBefore tokenIndex: Int, in text: AnalyzedText) -> Match? {
        let candidates = tokenIndex > 0 && tokenIndex <= text.tokens.count ? byLastSyllable.value(for: text.keys[tokenIndex - 1]) : nil
        return firstMatch(among: candidates) { index in
            let count = phrases[index].keys.count
            return count <= tokenIndex && matches(phrases[index].keys, at: tokenIndex - count, in: text)
                ? tokenIndex - count..<tokenIndex : nil
        }
    }

    /// The keys of the phrases' first syllables, or nil when a phrase without syllables matches anywhere.
    var firstKeys: [UInt64]? { empty.isEmpty ? byFirstSyllable.keys : nil }

    /// The longest phrase starting at `tokenIndex`.
    func match(startingAt tokenIndex: Int, in text: AnalyzedText) -> Match? {
        let candidates = tokenIndex >= 0 && tokenIndex < text.tokens.count ? byFirstSyllable.value(for: text.keys[tokenIndex]) : nil
        return firstMatch(among: candidates) { index in
            let end = tokenIndex + phrases[index].keys.count
            return end <= text.tokens.count && matches(phrases[index].keys, at: tokenIndex, in: text) ? tokenIndex..<end : nil
        }
    }

    /// The first of `candidates`, then of the empty phrases, that `tokens(at:)` places in the text.
    @inline(__always)
    private func firstMatch(among candidates: [Int]?, _ tokens: (Int) -> Range<Int>?) -> Match? {
        for index in candidates ?? [] {
            if let range = tokens(index) { return Match(payload: phrases[index].payload, tokens: range) }
        }
        for index in empty {
            if let range = tokens(index) { return Match(payload: phrases[index].payload, tokens: range) }
        }
        return nil
    }

    @inline(__always)
    private func matches(_ keys: [UInt64], at first: Int, in text: AnalyzedText) -> Bool {
        keys.indices.allSatisfy { text.keys[first + $0] == keys[$0] }
    }
}
