/// Fixed phrases of one or more syllables, looked up at a token without allocating.
///
/// Phrases are normalized like the text and compared by their syllables' `SyllableKeys` keys (so
/// without case). Entries are indexed by their first syllable's key in a `KeyedTable`; a lookup
/// reads the token's key, computed once per text, and checks the few entries found.
struct PhraseLexicon<Value: Sendable>: Sendable {
    private struct Entry: Sendable {
        let keys: [UInt64]
        let value: Value
    }

    /// The entries by their first syllable's key, longest phrase first.
    private let entries: KeyedTable<[Entry]>

    init(_ pairs: [(phrase: String, value: Value)]) {
        var groups: [UInt64: [Entry]] = [:]
        for (phrase, value) in pairs {
            let units = NormalizedText(original: Array(phrase.utf16)).units
            let keys = units.split(separator: 0x20).map { syllable in
                Array(syllable).withUnsafeBufferPointer { SyllableKeys.hash($0, 0..<$0.count) }
            }
            guard let first = keys.first else { continue }
            groups[first, default: []].append(Entry(keys: keys, value: value))
        }
        entries = KeyedTable(groups.map { ($0.key, $0.value.sorted { $0.keys.count > $1.keys.count }) })
    }

    /// The key of every phrase's first syllable, once each, in no particular order.
    var firstKeys: [UInt64] { entries.keys }

    /// The longest phrase starting at token `index`, with the index of the token after it.
    func match(at index: Int, in text: AnalyzedText) -> (value: Value, end: Int)? {
        guard index < text.tokens.count, text.tokens[index].kind == .word,
              let candidates = entries.value(for: text.keys[index]) else { return nil }
        // By position, so that only the entry that matches is copied (a value may hold strings).
        for position in candidates.indices {
            let count = candidates[position].keys.count
            guard index + count <= text.tokens.count,
                  (0..<count).allSatisfy({ text.keys[index + $0] == candidates[position].keys[$0] }) else { continue }
            return (candidates[position].value, index + count)
        }
        return nil
    }
}
