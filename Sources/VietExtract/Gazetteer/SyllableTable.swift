/// Interns syllables as small integers, keyed by their `SyllableKeys` key, so that a text's tokens
/// are looked up by the keys `AnalyzedText` computed once, with one probe and no allocation.
///
/// Keys compare syllables lower-cased and with `’` read as `'` (see `SyllableKeys`). One table
/// may number the syllables of many matchers, even of several recognizers: it is then passed
/// `inout` from one compilation to the next, so that it only grows (see `TextSyllables`).
struct SyllableTable: Sendable {
    /// No syllable of the table.
    static let unknown: Int32 = -1
    /// The id `ids(of:)` gives a dash token.
    static let dash: Int32 = -2

    /// What a table and its copies share, by identity: tables of one lineage number alike every
    /// syllable both hold, as long as no two copies of one table grow apart.
    final class Lineage: Sendable {}
    let lineage = Lineage()

    /// The key of each id.
    private var keys: [UInt64] = []
    /// The open-addressing table: each slot holds a key beside its id, so a probe reads one cache
    /// line. At most an eighth full, so that a token's key (or an empty slot) is nearly always in
    /// its first slot: a second probe costs a mispredicted branch that waited on the cache line.
    private var slots: [Slot]
    private var mask: Int

    private struct Slot: Sendable {
        var key: UInt64
        var id: Int32
        static let empty = Slot(key: 0, id: SyllableTable.unknown)
    }

    /// Room for the built-in tables' syllables (between 4,096 and 8,192), for a table they all share:
    /// growing to them rehashed every syllable three times, into ever larger arrays, at every start-up.
    static let builtInCapacity = 8192

    /// A table with room for `capacity` syllables before it grows. A small gazetteer's own table
    /// stays small (a megabyte of slots would be read by every token's probe for nothing).
    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 8 { size <<= 1 }
        slots = [Slot](repeating: .empty, count: size)
        mask = size - 1
    }

    var count: Int { keys.count }

    /// The id of the syllable `units[range]`, adding it when new.
    mutating func intern(_ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Int32 {
        let key = SyllableKeys.hash(units, range)
        let found = lookup(key)
        if found != Self.unknown { return found }
        if (count + 1) * 8 > slots.count { grow() }
        let id = Int32(count)
        keys.append(key)
        insert(id)
        return id
    }

    /// The id of the syllable with `key`, or `unknown`.
    @inline(__always)
    func lookup(_ key: UInt64) -> Int32 {
        slots.withUnsafeBufferPointer { Self.lookup(key, in: $0, mask: mask) }
    }

    /// The id of every token of `text`: `unknown` for syllables the table lacks, `dash` for dashes.
    func ids(of text: AnalyzedText) -> [Int32] {
        let keys = text.keys
        return slots.withUnsafeBufferPointer { slots in
            [Int32](unsafeUninitializedCapacity: keys.count) { ids, count in
                for index in keys.indices {
                    let key = keys[index]
                    ids.initializeElement(at: index, to: key == SyllableKeys.dash ? Self.dash : Self.lookup(key, in: slots, mask: mask))
                }
                count = keys.count
            }
        }
    }

    /// The id of the syllable with `key` in `slots`, or `unknown`: a slot index is always masked
    /// into the table, so the probes need no bounds check.
    @inline(__always)
    private static func lookup(_ key: UInt64, in slots: UnsafeBufferPointer<Slot>, mask: Int) -> Int32 {
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let stored = slots[slot]
            if stored.key == key || stored.id == unknown { return stored.id }
            slot = (slot + 1) & mask
        }
    }

    private mutating func insert(_ id: Int32) {
        let key = keys[Int(id)]
        var slot = Int(truncatingIfNeeded: key) & mask
        while slots[slot].id != Self.unknown { slot = (slot + 1) & mask }
        slots[slot] = Slot(key: key, id: id)
    }

    private mutating func grow() {
        slots = [Slot](repeating: .empty, count: slots.count * 2)
        mask = slots.count - 1
        for id in 0..<Int32(count) { insert(id) }
    }
}
