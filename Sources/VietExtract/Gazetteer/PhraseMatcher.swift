/// Matches phrases from a fixed list (`Chỉ thị`, `Bộ Chính trị`, `thứ hai`, `tuần trước`) against
/// the tokens of a text, forwards from a token or backwards ending before one, without allocating.
///
/// Phrases are normalized and segmented like the text (NFC, tone placement; `,` and `&` are tokens)
/// and compared by their tokens' `SyllableKeys` keys, so without case: `chỉ thị`, `CHỈ THỊ` and
/// `Chỉ thị` all match. Each phrase carries a value (a code, a type, a number). Phrases are indexed
/// by their first and by their last syllable, so a lookup tries only the phrases that can match at
/// that token, longest first, instead of the whole list.
struct PhraseMatcher<Value: Sendable>: Sendable {
    /// A match: the phrase's value and the token range it covers.
    struct Match {
        let value: Value
        let tokens: Range<Int>
        /// The token after the phrase.
        var end: Int { tokens.upperBound }
    }

    /// A phrase: the `SyllableKeys` keys of the tokens the segmenter makes of it, and its value.
    private struct Phrase: Sendable {
        let keys: [UInt64]
        let value: Value
    }

    /// The phrases by the key of their first syllable, longest first.
    private let byFirstSyllable: KeyedTable<[Phrase]>
    /// The phrases by the key of their last syllable, longest first.
    private let byLastSyllable: KeyedTable<[Phrase]>
    /// Phrases with no syllable (they match anywhere, as a phrase of no tokens), tried after all others.
    private let empty: [Phrase]

    init(_ entries: [(String, Value)]) {
        let phrases = entries.map { phrase, value in
            Phrase(keys: SyllableKeys.keys(ofPhrase: phrase), value: value)
        }.sorted { $0.keys.count > $1.keys.count }
        let indexed = phrases.filter { !$0.keys.isEmpty }
        byFirstSyllable = KeyedTable(Dictionary(grouping: indexed) { $0.keys.first! }.map { ($0.key, $0.value) })
        byLastSyllable = KeyedTable(Dictionary(grouping: indexed) { $0.keys.last! }.map { ($0.key, $0.value) })
        empty = phrases.filter { $0.keys.isEmpty }
    }

    /// The keys of the phrases' first syllables, or nil when a phrase without syllables matches anywhere.
    var firstKeys: [UInt64]? { empty.isEmpty ? byFirstSyllable.keys : nil }

    /// The longest phrase starting at `tokenIndex`.
    func match(startingAt tokenIndex: Int, in text: AnalyzedText) -> Match? {
        if tokenIndex >= 0, tokenIndex < text.keys.count, let phrases = byFirstSyllable.value(for: text.keys[tokenIndex]) {
            // By position, so that only the phrase that matches is copied (a value may hold strings).
            for position in phrases.indices {
                let end = tokenIndex + phrases[position].keys.count
                if end <= text.keys.count, Self.keys(phrases[position].keys, standAt: tokenIndex, in: text) {
                    return Match(value: phrases[position].value, tokens: tokenIndex..<end)
                }
            }
        }
        return tokenIndex <= text.keys.count ? empty.first.map { Match(value: $0.value, tokens: tokenIndex..<tokenIndex) } : nil
    }

    /// The longest phrase whose last syllable is the token before `tokenIndex`.
    func match(endingBefore tokenIndex: Int, in text: AnalyzedText) -> Match? {
        if tokenIndex > 0, tokenIndex <= text.keys.count, let phrases = byLastSyllable.value(for: text.keys[tokenIndex - 1]) {
            for position in phrases.indices {
                let start = tokenIndex - phrases[position].keys.count
                if start >= 0, Self.keys(phrases[position].keys, standAt: start, in: text) {
                    return Match(value: phrases[position].value, tokens: start..<tokenIndex)
                }
            }
        }
        return tokenIndex >= 0 ? empty.first.map { Match(value: $0.value, tokens: tokenIndex..<tokenIndex) } : nil
    }

    /// Whether the text's tokens from `first` on have `keys`.
    @inline(__always)
    private static func keys(_ keys: [UInt64], standAt first: Int, in text: AnalyzedText) -> Bool {
        for offset in keys.indices where text.keys[first + offset] != keys[offset] { return false }
        return true
    }
}
