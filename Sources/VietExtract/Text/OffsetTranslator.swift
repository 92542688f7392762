/// Turns UTF-16 offsets of the original text into code-point and UTF-8 offsets in one pass.
///
/// Entities are few beside the text's length, so the translator is handed all the offsets it
/// must convert at once and walks the text only as far as the largest of them.
struct OffsetTranslator {
    /// An offset in the three units the API reports.
    struct Position: Hashable {
        var utf16: Int
        var codePoints: Int
        var utf8: Int
    }

    /// The positions of some UTF-16 offsets, looked up by offset (sorted arrays, not a hashed table).
    struct Positions {
        fileprivate var offsets: [Int] = []
        fileprivate var positions: [Position] = []

        /// The position of `utf16Offset`, if it was asked for.
        subscript(_ utf16Offset: Int) -> Position? {
            let index = offsets.partitioningIndex { $0 >= utf16Offset }
            return index < offsets.count && offsets[index] == utf16Offset ? positions[index] : nil
        }
    }

    /// The positions of `utf16Offsets` (in any order, repeats allowed) in `units`.
    static func positions(of utf16Offsets: [Int], in units: [UInt16]) -> Positions {
        var result = Positions()
        result.offsets = utf16Offsets.sorted()
        result.positions = positions(inOrderOf: result.offsets, in: units)
        return result
    }

    /// The positions of `utf16Offsets` (in any order, repeats allowed) in `units`, in the order
    /// asked: the caller reads them by index, with no search. An offset past the end stops there.
    static func positions(inOrderOf utf16Offsets: [Int], in units: [UInt16]) -> [Position] {
        precondition(units.count < 1 << 32, "a text of 2^32 UTF-16 units or more")
        // Each offset above its index, so that one sort of plain integers orders both.
        var keyed = [UInt64]()
        keyed.reserveCapacity(utf16Offsets.count)
        for (index, offset) in utf16Offsets.enumerated() {
            keyed.append(UInt64(min(offset, units.count)) << 32 | UInt64(index))
        }
        keyed.sort()
        var position = Position(utf16: 0, codePoints: 0, utf8: 0)
        var result = [Position](repeating: position, count: keyed.count)
        units.withUnsafeBufferPointer { units in
            guard let base = units.baseAddress else { return }
            for key in keyed {
                advance(&position, through: base, to: Int(key >> 32))
                result[Int(key & 0xFFFF_FFFF)] = position
            }
        }
        return result
    }

    /// Counts the units from `position.utf16` to `end` into `position`'s code points and UTF-8
    /// bytes: a unit takes 1, 2 or 3 UTF-8 bytes by its value, and each half of a surrogate pair
    /// 2 of the pair's 4; a pair is one code point. Eight units at a time, as the lanes of a
    /// vector, with no branch: per-lane counts are summed once per block, and the rare block with
    /// a unit of 0x8000 or more (where surrogates are) is counted again unit by unit.
    @inline(__always)
    private static func advance(_ position: inout Position, through units: UnsafePointer<UInt16>, to end: Int) {
        var index = position.utf16
        var extraBytes = 0
        var lowSurrogates = 0
        let raw = UnsafeRawPointer(units)
        while end &- index >= 8 {
            // At most 2 a group in a lane: the 8 lanes of 4,000 groups sum below 2^16.
            let blockStart = index
            let blockEnd = index &+ min((end &- index) & ~7, 8 * 4_000)
            var laneCounts = SIMD8<UInt16>()
            var allBits = SIMD8<UInt16>()
            while index < blockEnd {
                let lanes = raw.loadUnaligned(fromByteOffset: index &* 2, as: SIMD8<UInt16>.self)
                // 1 in a lane of 0x80 or more (its top 9 bits not all zero), 1 more for 0x800 or more.
                laneCounts &+= (((lanes &>> 7) &+ 0x1FF) &>> 9) &+ (((lanes &>> 11) &+ 0x1F) &>> 5)
                allBits |= lanes
                index &+= 8
            }
            if (allBits &>> 15).wrappedSum() == 0 {
                extraBytes &+= Int(laneCounts.wrappedSum())
            } else {
                for unit in blockStart..<blockEnd { count(units[unit], extraBytes: &extraBytes, lowSurrogates: &lowSurrogates) }
            }
        }
        while index < end {
            count(units[index], extraBytes: &extraBytes, lowSurrogates: &lowSurrogates)
            index &+= 1
        }
        let length = end &- position.utf16
        position.utf8 &+= length &+ extraBytes
        position.codePoints &+= length &- lowSurrogates
        position.utf16 = end
    }

    /// Counts one unit: the UTF-8 bytes it takes beyond one, and whether it is a low surrogate.
    @inline(__always)
    private static func count(_ unit: UInt16, extraBytes: inout Int, lowSurrogates: inout Int) {
        extraBytes &+= (unit >= 0x80 ? 1 : 0) &+ (unit >= 0x800 ? 1 : 0) &- (unit & 0xF800 == 0xD800 ? 1 : 0)
        lowSurrogates &+= unit & 0xFC00 == 0xDC00 ? 1 : 0
    }
}
