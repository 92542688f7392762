/// A one-bit-per-slot filter over a few `SyllableKeys` keys (a Bloom filter with one hash): one load
/// and one bit test tell that a key is surely not among them. `DateRecognizer` asks it of every word
/// before the probe of `DateWords.starters`, since almost no word of a text starts a date, and
/// `NamedReferenceMatcher` of every capital before the probe of its names' first syllables.
struct KeyFilter: Sendable {
    /// 65,536 bits: for a hundred keys, about one word in six hundred gets through by chance.
    private let bits: [UInt64]

    init(_ keys: [UInt64]) {
        var bits = [UInt64](repeating: 0, count: 1 << 10)
        for key in keys {
            let slot = Self.slot(key)
            bits[slot >> 6] |= 1 << UInt64(slot & 63)
        }
        self.bits = bits
    }

    /// Whether `key` may be one of the keys (false: it is surely not).
    @inline(__always)
    func mayContain(_ key: UInt64) -> Bool {
        let slot = Self.slot(key)
        // The slot has sixteen bits, so its word is always one of the 1,024: no bounds check needed.
        return bits.withUnsafeBufferPointer { $0[slot >> 6] } & (1 << UInt64(slot & 63)) != 0
    }

    /// Sixteen bits of the key, from its upper half (the table's probe uses the lower bits; the
    /// top sixteen let through many more words of a text).
    @inline(__always)
    private static func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: key >> 40) & 0xFFFF
    }
}
