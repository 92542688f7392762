/// The trie's edges below the root: an open-addressing map from (node, syllable) to child node.
///
/// A plain multiplicative hash and linear probing: built once, read by every match, cheaper
/// than a `Dictionary` for the tens of thousands of edges the place names need.
struct EdgeTable: Sendable {
    private static let empty = UInt64.max
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    private var count = 0

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: Self.empty, count: size)
        values = [Int32](repeating: -1, count: size)
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
            let stored = keys[slot]
            if stored == key { return values[slot] }
            if stored == Self.empty { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// Sets the child of `node` along `syllable`.
    mutating func insert(_ node: Int32, _ syllable: Int32, child: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        store(Self.key(node, syllable), child)
        count += 1
    }

    private mutating func store(_ key: UInt64, _ value: Int32) {
        var slot = slot(of: key)
        while keys[slot] != Self.empty && keys[slot] != key { slot = (slot + 1) & mask }
        keys[slot] = key
        values[slot] = value
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = [UInt64](repeating: Self.empty, count: oldKeys.count * 2)
        values = [Int32](repeating: -1, count: oldKeys.count * 2)
        mask = keys.count - 1
        for (key, value) in zip(oldKeys, oldValues) where key != Self.empty { store(key, value) }
    }
}
