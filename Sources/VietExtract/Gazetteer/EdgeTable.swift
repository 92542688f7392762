/// The trie's edges below the root: an open-addressing map from (node, syllable) to child node.
///
/// A plain multiplicative hash and linear probing: built once, read by every match, cheaper
/// than a `Dictionary` for the tens of thousands of edges the place names need. A slot holds
/// its key beside its child, so a probe reads one cache line. Before the probe, a filter of two
/// bits per slot (one bit per edge, by a second hash) tells most absent edges apart: a walk
/// mostly asks for edges that are not there, and the filter, a 64th of the slots' size, stays
/// in cache where the slots do not.
struct EdgeTable: Sendable {
    private struct Slot: Sendable {
        var key: UInt64
        var child: Int32
        static let empty = Slot(key: UInt64.max, child: -1)
    }

    private var slots: [Slot]
    private var mask: Int
    private var count = 0
    /// Bit `filterSlot(of: key)` set for every key stored: `slots.count * 2` bits.
    private var filter: [UInt64]
    /// How far `filterSlot` shifts a hash: 64 less the log of the filter's bits.
    private var filterShift: UInt64

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Slot](repeating: .empty, count: size)
        mask = size - 1
        (filter, filterShift) = Self.emptyFilter(slots: size)
    }

    /// The empty filter of a table of `slots` slots (a power of two), and its `filterShift`.
    private static func emptyFilter(slots: Int) -> ([UInt64], UInt64) {
        ([UInt64](repeating: 0, count: (slots * 2 + 63) / 64), UInt64(64 - (slots * 2).trailingZeroBitCount))
    }

    @inline(__always)
    private static func key(_ node: Int32, _ syllable: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: syllable))
    }

    @inline(__always)
    private func slot(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The key's bit in `filter`, by a hash unrelated to the slot's.
    @inline(__always)
    private func filterSlot(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0xC2B2_AE3D_27D4_EB4F) &>> filterShift)
    }

    /// The child of `node` along `syllable`, or nil.
    @inline(__always)
    func child(_ node: Int32, _ syllable: Int32) -> Int32? {
        let key = Self.key(node, syllable)
        let bit = filterSlot(of: key)
        guard filter.withUnsafeBufferPointer({ $0[bit &>> 6] }) &>> UInt64(bit & 63) & 1 != 0 else { return nil }
        var slot = slot(of: key)
        while true {
            let stored = slots[slot]
            if stored.key == key { return stored.child }
            if stored.key == Slot.empty.key { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// Sets the child of `node` along `syllable`.
    mutating func insert(_ node: Int32, _ syllable: Int32, child: Int32) {
        if (count + 1) * 2 > slots.count { grow() }
        store(Slot(key: Self.key(node, syllable), child: child))
        count += 1
    }

    private mutating func store(_ new: Slot) {
        var slot = slot(of: new.key)
        while slots[slot].key != Slot.empty.key && slots[slot].key != new.key { slot = (slot + 1) & mask }
        slots[slot] = new
        let bit = filterSlot(of: new.key)
        filter[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: .empty, count: old.count * 2)
        mask = slots.count - 1
        (filter, filterShift) = Self.emptyFilter(slots: slots.count)
        for slot in old where slot.key != Slot.empty.key { store(slot) }
    }
}
