/// Matches phrases from a fixed list (`Chỉ thị`, `Bộ Chính trị`) against the tokens of a text,
/// forwards from a token or backwards ending before one.
///
/// Phrases are normalized like the text (NFC, tone placement) and compared without case, so
/// `chỉ thị`, `CHỈ THỊ` and `Chỉ thị` all match. Each phrase carries a payload (a code, a type).
struct PhraseMatcher<Payload: Sendable>: Sendable {
    /// A match: the phrase's payload and the token range it covers.
    struct Match {
        let payload: Payload
        let tokens: Range<Int>
    }

    /// Phrases as the lower-cased tokens the segmenter makes of them (`,` and `&` are tokens), longest first.
    private let phrases: [(syllables: [[UInt16]], payload: Payload)]

    init(_ entries: [(String, Payload)]) {
        phrases = entries.map { phrase, payload in
            let view = NormalizedText(original: Array(phrase.utf16)).units
            let syllables = Segmenter.tokens(of: view).map { view[$0.range].map(UTF16Letters.lowercase) }
            return (syllables, payload)
        }.sorted { $0.syllables.count > $1.syllables.count }
    }

    /// The longest phrase whose last syllable is the token before `tokenIndex`.
    func match(endingBefore tokenIndex: Int, in text: AnalyzedText) -> Match? {
        for (syllables, payload) in phrases where syllables.count <= tokenIndex {
            let first = tokenIndex - syllables.count
            if matches(syllables, at: first, in: text) { return Match(payload: payload, tokens: first..<tokenIndex) }
        }
        return nil
    }

    /// The longest phrase starting at `tokenIndex`.
    func match(startingAt tokenIndex: Int, in text: AnalyzedText) -> Match? {
        for (syllables, payload) in phrases where tokenIndex + syllables.count <= text.tokens.count {
            if matches(syllables, at: tokenIndex, in: text) {
                return Match(payload: payload, tokens: tokenIndex..<tokenIndex + syllables.count)
            }
        }
        return nil
    }

    private func matches(_ syllables: [[UInt16]], at first: Int, in text: AnalyzedText) -> Bool {
        syllables.indices.allSatisfy { offset in
            text.token(text.tokens[first + offset], equalsLowercased: syllables[offset])
        }
    }
}
