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
    /// 2 of the pair's 4; a pair is one code point. Four units at a time, as the lanes of a word,
    /// whose per-lane counts are summed once per block.
    @inline(__always)
    private static func advance(_ position: inout Position, through units: UnsafePointer<UInt16>, to end: Int) {
        var index = position.utf16
        var extraBytes = 0
        var lowSurrogates = 0
        let raw = UnsafeRawPointer(units)
        while end &- index >= 4 {
            // Per-lane counts, summed once per block: at most 2 a word in a lane, 4 lanes below 2^16.
            let blockEnd = index &+ min((end &- index) & ~3, 4 * 8_000)
            var laneCounts: UInt64 = 0
            while index < blockEnd {
                let word = raw.loadUnaligned(fromByteOffset: index &* 2, as: UInt64.self)
                laneCounts &+= Lanes.nonZeroFlags(word & Lanes.spread(0xFF80)) &+ Lanes.nonZeroFlags(word & Lanes.spread(0xF800))
                if word & Lanes.spread(0x8000) != 0 {
                    extraBytes &-= Lanes.zero((word & Lanes.spread(0xF800)) ^ Lanes.spread(0xD800))
                    lowSurrogates &+= Lanes.zero((word & Lanes.spread(0xFC00)) ^ Lanes.spread(0xDC00))
                }
                index &+= 4
            }
            extraBytes &+= Lanes.sum(laneCounts)
        }
        while index < end {
            let unit = units[index]
            extraBytes &+= (unit >= 0x80 ? 1 : 0) &+ (unit >= 0x800 ? 1 : 0) &- (unit & 0xF800 == 0xD800 ? 1 : 0)
            lowSurrogates &+= unit & 0xFC00 == 0xDC00 ? 1 : 0
            index &+= 1
        }
        let count = end &- position.utf16
        position.utf8 &+= count &+ extraBytes
        position.codePoints &+= count &- lowSurrogates
        position.utf16 = end
    }

    /// Counting tests over the four 16-bit lanes of a word.
    private enum Lanes {
        /// `lane` in every lane.
        @inline(__always)
        static func spread(_ lane: UInt64) -> UInt64 { lane &* 0x0001_0001_0001_0001 }

        /// 1 in each lane of `word` that is not zero, else 0.
        @inline(__always)
        static func nonZeroFlags(_ word: UInt64) -> UInt64 {
            let low15 = spread(0x7FFF)
            return ((((word & low15) &+ low15) | word) & spread(0x8000)) >> 15
        }

        /// The sum of the four lanes (which must be below 2^16).
        @inline(__always)
        static func sum(_ word: UInt64) -> Int { Int(truncatingIfNeeded: (word &* spread(1)) >> 48) }

        /// How many lanes of `word` are not zero.
        @inline(__always)
        static func nonZero(_ word: UInt64) -> Int { sum(nonZeroFlags(word)) }

        /// How many lanes of `word` are zero.
        @inline(__always)
        static func zero(_ word: UInt64) -> Int { 4 - nonZero(word) }
    }
}
