/// A quick test, run before the title trie's walk, that a title may start at a token: one of one
/// syllable starts with its syllable, or one of more with its syllable and the next (a dash between
/// stepped over, as the walk steps over it). Most tokens whose syllable starts some title (`bộ`,
/// `nhà`, `người`) start none, and are spared the walk: the test is two loads.
struct TitleStarts: Sendable {
    /// By syllable id: whether some title starts with that syllable, in some case; the test
    /// before `mayStart(at:syllables:)`.
    let firsts: [Bool]
    /// By syllable id: whether a title is that syllable alone.
    private let singles: [Bool]
    /// A bitmap of the hashed ids of every title's first two syllables; a collision only costs a walk.
    private let pairs: [UInt64]
    private static let pairBits = 16

    /// The starts of the titles `names`, whose syllables `table` holds, and which `titles` (the
    /// title trie) matches.
    init(names: [String], titles: GazetteerMatcher, table: inout SyllableTable) {
        firsts = (0..<titles.syllableCount).map { titles.startsKey(Int32($0), capitalized: true) }
        let keys = GazetteerMatcher.keys(of: names)
        let ids = keys.units.withUnsafeBufferPointer { units in keys.syllables.map { table.intern(units, $0) } }
        var singles = [Bool](repeating: false, count: table.count)
        var pairs = [UInt64](repeating: 0, count: (1 << Self.pairBits) / 64)
        for name in 0..<keys.count where keys.starts[name] < keys.starts[name + 1] {
            let first = keys.starts[name]
            if keys.starts[name + 1] - first == 1 {
                singles[Int(ids[first])] = true
            } else {
                let bit = Self.bit(ids[first], ids[first + 1])
                pairs[bit >> 6] |= 1 << UInt64(bit & 63)
            }
        }
        self.singles = singles
        self.pairs = pairs
    }

    /// Whether a title may start at token `index`, given the text's `syllables` in the title trie
    /// (whose syllable there starts some title: `firsts`).
    @inline(__always)
    func mayStart(at index: Int, syllables: [Int32]) -> Bool {
        let first = syllables[index]
        if UInt32(bitPattern: first) < UInt32(singles.count), singles[Int(first)] { return true }
        var next = index + 1
        if next + 1 < syllables.count, syllables[next] == SyllableTable.dash { next += 1 }
        guard next < syllables.count, syllables[next] >= 0 else { return false }
        let bit = Self.bit(first, syllables[next])
        return pairs[bit >> 6] & 1 << UInt64(bit & 63) != 0
    }

    /// The bit of two syllable ids in `pairs`.
    @inline(__always)
    private static func bit(_ first: Int32, _ second: Int32) -> Int {
        let mixed = (UInt64(UInt32(bitPattern: first)) << 32 | UInt64(UInt32(bitPattern: second))) &* 0x9E37_79B9_7F4A_7C15
        return Int(mixed >> UInt64(64 - pairBits))
    }
}
