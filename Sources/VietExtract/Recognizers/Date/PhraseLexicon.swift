/// Fixed phrases of one or more syllables, looked up at a token without allocating.
///
/// Phrases are normalized like the text and compared without case. Entries are indexed by a hash of
/// their first syllable, in an open-addressing table keyed by that hash itself (no second hashing);
/// a lookup hashes the token's units in place and checks the few entries found.
struct PhraseLexicon<Value: Sendable>: Sendable {
    private struct Entry: Sendable {
        let syllables: [[UInt16]]
        let value: Value
    }

    /// Slot keys: the first syllable's hash (never 0), or 0 for an empty slot.
    private let keys: [UInt64]
    /// The entries of each slot, longest phrase first.
    private let buckets: [[Entry]]

    init(_ pairs: [(phrase: String, value: Value)]) {
        var entries: [UInt64: [Entry]] = [:]
        for (phrase, value) in pairs {
            let units = NormalizedText(original: Array(phrase.utf16)).units.map(UTF16Letters.lowercase)
            let syllables = units.split(separator: 0x20).map(Array.init)
            guard let first = syllables.first else { continue }
            entries[Self.hash(first[...]), default: []].append(Entry(syllables: syllables, value: value))
        }
        var size = 2
        while size < entries.count * 2 { size *= 2 }
        var keys = [UInt64](repeating: 0, count: size)
        var buckets = [[Entry]](repeating: [], count: size)
        for (hash, group) in entries {
            var slot = Int(truncatingIfNeeded: hash) & (size - 1)
            while keys[slot] != 0 { slot = (slot + 1) & (size - 1) }
            keys[slot] = hash
            buckets[slot] = group.sorted { $0.syllables.count > $1.syllables.count }
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

    /// The first syllable of every phrase (lower-cased, normalized), in no particular order.
    var firstSyllables: [[UInt16]] { buckets.flatMap { $0.map { $0.syllables[0] } } }

    /// The longest phrase starting at token `index`, with the index of the token after it.
    func match(at index: Int, in text: AnalyzedText) -> (value: Value, end: Int)? {
        guard index < text.tokens.count, text.tokens[index].kind == .word,
              let candidates = candidates(Self.hash(text.units(text.tokens[index].range))) else { return nil }
        for entry in candidates where index + entry.syllables.count <= text.tokens.count {
            let matches = entry.syllables.indices.allSatisfy { offset in
                text.token(text.tokens[index + offset], equalsLowercased: entry.syllables[offset])
            }
            if matches { return (entry.value, index + entry.syllables.count) }
        }
        return nil
    }

    /// FNV-1a over the lower-cased units, with 0 (the empty slot's key) moved to 1.
    private static func hash(_ units: ArraySlice<UInt16>) -> UInt64 {
        var hash: UInt64 = 0xcbf29ce484222325
        for unit in units {
            hash = (hash ^ UInt64(UTF16Letters.lowercase(unit))) &* 0x100000001b3
        }
        return max(hash, 1)
    }
}
