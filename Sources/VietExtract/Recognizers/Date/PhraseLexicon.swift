/// Fixed phrases of one or more syllables, looked up at a token without allocating.
///
/// Phrases are normalized like the text and compared without case. Entries are indexed by a hash of
/// their first syllable; a lookup hashes the token's units in place and checks the few entries found.
struct PhraseLexicon<Value: Sendable>: Sendable {
    private struct Entry: Sendable {
        let syllables: [[UInt16]]
        let value: Value
    }

    private let entries: [UInt64: [Entry]]

    init(_ pairs: [(phrase: String, value: Value)]) {
        var entries: [UInt64: [Entry]] = [:]
        for (phrase, value) in pairs {
            let units = NormalizedText(original: Array(phrase.utf16)).units.map(UTF16Letters.lowercase)
            let syllables = units.split(separator: 0x20).map(Array.init)
            guard let first = syllables.first else { continue }
            entries[Self.hash(first[...]), default: []].append(Entry(syllables: syllables, value: value))
        }
        self.entries = entries.mapValues { $0.sorted { $0.syllables.count > $1.syllables.count } }
    }

    /// The longest phrase starting at token `index`, with the index of the token after it.
    func match(at index: Int, in text: AnalyzedText) -> (value: Value, end: Int)? {
        guard index < text.tokens.count, text.tokens[index].kind == .word,
              let candidates = entries[Self.hash(text.units(text.tokens[index].range))] else { return nil }
        for entry in candidates where index + entry.syllables.count <= text.tokens.count {
            let matches = entry.syllables.indices.allSatisfy { offset in
                text.token(text.tokens[index + offset], equalsLowercased: entry.syllables[offset])
            }
            if matches { return (entry.value, index + entry.syllables.count) }
        }
        return nil
    }

    /// FNV-1a over the lower-cased units.
    private static func hash(_ units: ArraySlice<UInt16>) -> UInt64 {
        var hash: UInt64 = 0xcbf29ce484222325
        for unit in units {
            hash = (hash ^ UInt64(UTF16Letters.lowercase(unit))) &* 0x100000001b3
        }
        return hash
    }
}
