/// A map from `SyllableKeys` keys to values, by open addressing on the key itself: a lookup of a
/// token's key (which `AnalyzedText` computed once) is one probe or a few, without hashing or
/// allocating. The word tables of the date and document recognizers index their phrases with it.
struct KeyedTable<Value: Sendable>: Sendable {
    private struct Slot: Sendable {
        var key: UInt64
        /// The index of the value in `values`, or -1 for an empty slot.
        var index: Int32
    }

    private let slots: [Slot]
    private let mask: Int
    /// The keys, in the order given.
    let keys: [UInt64]
    private let values: [Value]

    /// A table of `pairs`, whose keys must differ.
    init(_ pairs: [(key: UInt64, value: Value)]) {
        // At most a quarter full, so that a missing key (the common case) ends after a probe or two.
        var size = 4
        while size < pairs.count * 4 { size *= 2 }
        var slots = [Slot](repeating: Slot(key: 0, index: -1), count: size)
        for (index, pair) in pairs.enumerated() {
            var slot = Int(truncatingIfNeeded: pair.key) & (size - 1)
            while slots[slot].index >= 0 {
                precondition(slots[slot].key != pair.key, "a key given twice")
                slot = (slot + 1) & (size - 1)
            }
            slots[slot] = Slot(key: pair.key, index: Int32(index))
        }
        self.slots = slots
        mask = size - 1
        keys = pairs.map(\.key)
        values = pairs.map(\.value)
    }

    /// The value of `key`, or nil.
    @inline(__always)
    func value(for key: UInt64) -> Value? {
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let stored = slots[slot]
            if stored.index < 0 { return nil }
            if stored.key == key { return values[Int(stored.index)] }
            slot = (slot + 1) & mask
        }
    }
}
