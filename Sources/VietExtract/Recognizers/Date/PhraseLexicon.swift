/// Fixed phrases of one or more syllables, looked up at a token without allocating.
///
/// Phrases are normalized like the text and compared by their syllables' `SyllableKeys` keys (so
/// without case). Entries are indexed by their first syllable's key, in an open-addressing table
/// keyed by that key itself; a lookup reads the token's key, computed once per text, and checks
/// the few entries found.
struct PhraseLexicon<Value: Sendable>: Sendable {
    private struct Entry: Sendable {
        let keys: [UInt64]
        let value: Value
    }

    /// Slot keys: the first syllable's key (never 0, which only dashes have), or 0 for an empty slot.
    private let keys: [UInt64]
    /// The entries of each slot, longest phrase first.
    private let buckets: [[Entry]]

    init(_ pairs: [(phrase: String, value: Value)]) {
        self.init(keyed: pairs.map { phrase, value in
            let units = NormalizedText(original: Array(phrase.utf16)).units
            let syllables = units.split(separator: 0x20).map(Array.init)
            return (syllables.map { syllable in syllable.withUnsafeBufferPointer { SyllableKeys.hash($0, 0..<$0.count) } }, value)
        })
    }

    /// Phrases given as the keys of their syllables.
    init(keyed pairs: [(keys: [UInt64], value: Value)]) {
        var entries: [UInt64: [Entry]] = [:]
        for (keys, value) in pairs {
            guard let first = keys.first else { continue }
            entries[first, default: []].append(Entry(keys: keys, value: value))
        }
        var size = 2
        while size < entries.count * 2 { size *= 2 }
        var keys = [UInt64](repeating: 0, count: size)
        var buckets = [[Entry]](repeating: [], count: size)
        for (hash, group) in entries {
            var slot = Int(truncatingIfNeeded: hash) & (size - 1)
            while keys[slot] != 0 { slot = (slot + 1) & (size - 1) }
            keys[slot] = hash
            buckets[slot] = group.sorted { $0.keys.count > $1.keys.count }
        }
        self.keys = keys
        self.buckets = buckets
    }

    /// The entries whose first syllable hashes to `hash`, or nil.
    @inline(__always)
    private func candidates(_ hash: UInt64) -> [Entry]? {
        var slot = Int(truncatingIfNeeded: hash) & (keys.count - 1)
        while keys[slot] != 0 {
            if keys[slot] == hash { return buckets[slot] }
            slot = (slot + 1) & (keys.count - 1)
        }
        return nil
    }

    /// The key of every phrase's first syllable, once each, in no particular order.
    var firstKeys: [UInt64] { keys.filter { $0 != 0 } }

    /// The longest phrase starting at token `index`, with the index of the token after it.
    func match(at index: Int, in text: AnalyzedText) -> (value: Value, end: Int)? {
        guard index < text.tokens.count, text.tokens[index].kind == .word,
              let candidates = candidates(text.keys[index]) else { return nil }
        for entry in candidates where index + entry.keys.count <= text.tokens.count {
            if entry.keys.indices.allSatisfy({ text.keys[index + $0] == entry.keys[$0] }) {
                return (entry.value, index + entry.keys.count)
            }
        }
        return nil
    }
}
