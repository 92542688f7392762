/// Matches a phrase from a fixed list (`Chỉ thị`, `Nghị định`) ending right before a token.
///
/// Phrases are normalized like the text (NFC, tone placement) and compared without case, so
/// `chỉ thị`, `CHỈ THỊ` and `Chỉ thị` all match.
struct TypeWordMatcher: Sendable {
    /// A phrase, as its lower-cased syllables.
    private let phrases: [(phrase: String, syllables: [[UInt16]])]

    init(phrases: [String]) {
        self.phrases = phrases.map { phrase in
            let units = NormalizedText(original: Array(phrase.utf16)).units.map(UTF16Letters.lowercase)
            return (phrase, units.split(separator: 0x20).map(Array.init))
        }.sorted { $0.syllables.count > $1.syllables.count }
    }

    /// The longest phrase whose last syllable is the token before `tokenIndex`, with its start in the view.
    func match(endingBefore tokenIndex: Int, in text: AnalyzedText) -> (phrase: String, start: Int)? {
        for (phrase, syllables) in phrases where syllables.count <= tokenIndex {
            let first = tokenIndex - syllables.count
            let matches = syllables.indices.allSatisfy { offset in
                text.token(text.tokens[first + offset], equalsLowercased: syllables[offset])
            }
            if matches { return (phrase, Int(text.tokens[first].start)) }
        }
        return nil
    }
}
