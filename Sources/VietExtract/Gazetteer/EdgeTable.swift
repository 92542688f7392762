/// The trie's edges below the root: an open-addressing map from (node, syllable) to child node.
///
/// A plain multiplicative hash and linear probing: built once, read by every match, cheaper
/// than a `Dictionary` for the tens of thousands of edges the place names need. A slot holds
/// its key beside its child, so a probe reads one cache line.
struct EdgeTable: Sendable {
    private struct Slot: Sendable {
        var key: UInt64
        var child: Int32
        static let empty = Slot(key: UInt64.max, child: -1)
    }

    private var slots: [Slot]
    private var mask: Int
    private var count = 0

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Slot](repeating: .empty, count: size)
        mask = size - 1
    }

    @inline(__always)
    private static func key(_ node: Int32, _ syllable: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: syllable))
    }

    @inline(__always)
    private func slot(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The child of `node` along `syllable`, or nil.
    @inline(__always)
    func child(_ node: Int32, _ syllable: Int32) -> Int32? {
        let key = Self.key(node, syllable)
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
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: .empty, count: old.count * 2)
        mask = slots.count - 1
        for slot in old where slot.key != Slot.empty.key { store(slot) }
    }
}
