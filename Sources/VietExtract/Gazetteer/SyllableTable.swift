/// Interns lower-cased syllables as small integers, and finds a token's id straight from the view.
///
/// Keys are compared lower-cased and with `’` read as `'`.
///
/// Lookup hashes the token's lower-cased UTF-16 units (FNV-1a) into an open-addressing table and
/// compares them with the stored syllable, so reading a text allocates nothing per token.
struct SyllableTable: Sendable {
    /// No syllable of the table.
    static let unknown: Int32 = -1

    private var pool: [UInt16] = []
    private var offsets: [Int32] = [0]
    private var slots: [Int32]
    private var mask: Int

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: Self.unknown, count: size)
        mask = size - 1
    }

    var count: Int { offsets.count - 1 }

    /// The id of the syllable `units[range]` (compared lower-cased), adding it when new.
    mutating func intern(_ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Int32 {
        let found = lookup(units, range)
        if found != Self.unknown { return found }
        if (count + 1) * 2 > slots.count { grow() }
        let id = Int32(count)
        for position in range { pool.append(Self.keyUnit(units[position])) }
        offsets.append(Int32(pool.count))
        insert(id)
        return id
    }

    /// The id of `units[range]` compared lower-cased, or `unknown`.
    @inline(__always)
    func lookup(_ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Int32 {
        var slot = Int(truncatingIfNeeded: Self.hash(units, range)) & mask
        while true {
            let id = slots[slot]
            if id == Self.unknown { return Self.unknown }
            if equals(id, units, range) { return id }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    private func equals(_ id: Int32, _ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Bool {
        let start = Int(offsets[Int(id)])
        guard Int(offsets[Int(id) + 1]) - start == range.count else { return false }
        var stored = start
        for position in range {
            if pool[stored] != Self.keyUnit(units[position]) { return false }
            stored += 1
        }
        return true
    }

    /// A unit as keys compare it: lower-cased, with the typographic apostrophe read as `'` (`Đắk R’Lấp`).
    @inline(__always)
    static func keyUnit(_ unit: UInt16) -> UInt16 {
        unit == 0x2019 || unit == 0x02BC ? 0x27 : UTF16Letters.lowercase(unit)
    }

    @inline(__always)
    private static func hash(_ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for position in range {
            hash = (hash ^ UInt64(Self.keyUnit(units[position]))) &* 0x100_0000_01b3
        }
        return hash ^ (hash >> 29)
    }

    private mutating func insert(_ id: Int32) {
        let range = Int(offsets[Int(id)])..<Int(offsets[Int(id) + 1])
        var slot = pool.withUnsafeBufferPointer { Int(truncatingIfNeeded: Self.hash($0, range)) } & mask
        while slots[slot] != Self.unknown { slot = (slot + 1) & mask }
        slots[slot] = id
    }

    private mutating func grow() {
        slots = [Int32](repeating: Self.unknown, count: slots.count * 2)
        mask = slots.count - 1
        for id in 0..<Int32(count) { insert(id) }
    }
}
