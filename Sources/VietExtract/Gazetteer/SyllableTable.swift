/// Interns syllables as small integers, keyed by their `SyllableKeys` key, so that a text's tokens
/// are looked up by the keys `AnalyzedText` computed once, with one probe and no allocation.
///
/// Keys compare syllables lower-cased and with `’` read as `'` (see `SyllableKeys`).
struct SyllableTable: Sendable {
    /// No syllable of the table.
    static let unknown: Int32 = -1

    /// The key of each id.
    private var keys: [UInt64] = []
    private var slots: [Int32]
    private var mask: Int

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: Self.unknown, count: size)
        mask = size - 1
    }

    var count: Int { keys.count }

    /// The id of the syllable `units[range]`, adding it when new.
    mutating func intern(_ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Int32 {
        let key = SyllableKeys.hash(units, range)
        let found = lookup(key)
        if found != Self.unknown { return found }
        if (count + 1) * 2 > slots.count { grow() }
        let id = Int32(count)
        keys.append(key)
        insert(id)
        return id
    }

    /// The id of the syllable with `key`, or `unknown`.
    @inline(__always)
    func lookup(_ key: UInt64) -> Int32 {
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let id = slots[slot]
            if id == Self.unknown || keys[Int(id)] == key { return id }
            slot = (slot + 1) & mask
        }
    }

    /// The id of every token of `text` (`unknown` for syllables the table lacks; dashes are unknown).
    func ids(of text: AnalyzedText) -> [Int32] {
        text.keys.map(lookup)
    }

    private mutating func insert(_ id: Int32) {
        var slot = Int(truncatingIfNeeded: keys[Int(id)]) & mask
        while slots[slot] != Self.unknown { slot = (slot + 1) & mask }
        slots[slot] = id
    }

    private mutating func grow() {
        slots = [Int32](repeating: Self.unknown, count: slots.count * 2)
        mask = slots.count - 1
        for id in 0..<Int32(count) { insert(id) }
    }
}
