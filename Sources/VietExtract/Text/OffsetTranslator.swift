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
        var keyed = [UInt64](unsafeUninitializedCapacity: utf16Offsets.count) { keyed, count in
            for (index, offset) in utf16Offsets.enumerated() {
                keyed.initializeElement(at: index, to: UInt64(min(offset, units.count)) << 32 | UInt64(index))
            }
            count = utf16Offsets.count
        }
        keyed.sort()
        var result = [Position](repeating: Position(utf16: 0, codePoints: 0, utf8: 0), count: keyed.count)
        units.withUnsafeBufferPointer { units in
            // Counted as vectors; a text with a unit of 0x8000 or more (where surrogates are), or too
            // short for a vector, is counted again unit by unit.
            if !fillByVectors(&result, keyed, units) { fillByUnits(&result, keyed, units) }
        }
        return result
    }

    /// Fills in the position of each key (an offset above the index of its position), counting the
    /// units between one offset and the next as vectors of 16 lanes, one unit a lane: 1 in a lane
    /// of 0x80 or more, 1 more for 0x800 or more, summed once per offset. False (the positions
    /// then wrong) if there are fewer than 16 units, or a unit of 0x8000 or more, which may be half
    /// of a surrogate pair (2 bytes of the pair's 4, no code point).
    private static func fillByVectors(_ result: inout [Position], _ keyed: [UInt64], _ units: UnsafeBufferPointer<UInt16>) -> Bool {
        guard units.count >= 16, let base = units.baseAddress else { return false }
        return laneMasks.withUnsafeBytes { masks in fillByVectors(&result, keyed, UnsafeRawPointer(base), masks) }
    }

    /// 16 lanes of zeros, 16 of ones, 16 of zeros: the 16 read from `16 - low` keep the lanes from
    /// `low` on, the 16 read from `32 - high` those below `high`.
    private static let laneMasks = [UInt16](repeating: 0, count: 16) + [UInt16](repeating: 0xFFFF, count: 16)
        + [UInt16](repeating: 0, count: 16)

    /// `fillByVectors` over the units at `raw` (16 or more), with the `laneMasks`.
    @inline(__always)
    private static func fillByVectors(_ result: inout [Position], _ keyed: [UInt64], _ raw: UnsafeRawPointer,
                                      _ masks: UnsafeRawBufferPointer) -> Bool {
        var allBits = SIMD16<UInt16>()
        var position = Position(utf16: 0, codePoints: 0, utf8: 0)
        for key in keyed {
            let end = Int(key >> 32)
            var index = position.utf16
            var extraBytes = 0
            while index < end {
                // At most 2 a group in a lane: the 16 lanes of 2,000 groups sum below 2^16.
                let blockEnd = min(end, index &+ 16 * 2_000)
                var laneCounts = SIMD16<UInt16>()
                while blockEnd &- index >= 16 {
                    count(raw.loadUnaligned(fromByteOffset: index &* 2, as: SIMD16<UInt16>.self), into: &laneCounts, bits: &allBits)
                    index &+= 16
                }
                if index < blockEnd {
                    // The 16 units that end at `blockEnd` (or start the text), those outside
                    // `index..<blockEnd` zeroed (a zero counts nothing).
                    let window = max(blockEnd &- 16, 0)
                    let low = index &- window, high = blockEnd &- window
                    let keep = masks.loadUnaligned(fromByteOffset: (16 &- low) &* 2, as: SIMD16<UInt16>.self)
                        & masks.loadUnaligned(fromByteOffset: (32 &- high) &* 2, as: SIMD16<UInt16>.self)
                    let lanes = raw.loadUnaligned(fromByteOffset: window &* 2, as: SIMD16<UInt16>.self)
                    count(lanes & keep, into: &laneCounts, bits: &allBits)
                    index = blockEnd
                }
                extraBytes &+= Int(laneCounts.wrappedSum())
            }
            position.utf8 &+= end &- position.utf16 &+ extraBytes
            position.codePoints &+= end &- position.utf16
            position.utf16 = end
            result[Int(key & 0xFFFF_FFFF)] = position
        }
        return (allBits &>> 15).wrappedSum() == 0
    }

    /// Fills in the position of each key (an offset above the index of its position), counting
    /// the units one by one.
    private static func fillByUnits(_ result: inout [Position], _ keyed: [UInt64], _ units: UnsafeBufferPointer<UInt16>) {
        var position = Position(utf16: 0, codePoints: 0, utf8: 0)
        for key in keyed {
            let end = Int(key >> 32)
            var extraBytes = 0
            var lowSurrogates = 0
            for index in position.utf16..<end { count(units[index], extraBytes: &extraBytes, lowSurrogates: &lowSurrogates) }
            position.utf8 &+= end &- position.utf16 &+ extraBytes
            position.codePoints &+= end &- position.utf16 &- lowSurrogates
            position.utf16 = end
            result[Int(key & 0xFFFF_FFFF)] = position
        }
    }

    /// Adds the counts of 16 units, one a lane, to `counts`, and their bits to `bits`: below
    /// 0x8000, a unit plus 0x7F80 has its top bit from 0x80 on, plus 0x7800 from 0x800 on.
    @inline(__always)
    private static func count(_ lanes: SIMD16<UInt16>, into counts: inout SIMD16<UInt16>, bits: inout SIMD16<UInt16>) {
        counts &+= ((lanes &+ 0x7F80) &>> 15) &+ ((lanes &+ 0x7800) &>> 15)
        bits |= lanes
    }

    /// Counts one unit: the UTF-8 bytes it takes beyond one (1 or 2 by its value; each half of a
    /// surrogate pair 1, so that a pair takes 4), and whether it is a low surrogate.
    @inline(__always)
    private static func count(_ unit: UInt16, extraBytes: inout Int, lowSurrogates: inout Int) {
        extraBytes &+= (unit >= 0x80 ? 1 : 0) &+ (unit >= 0x800 ? 1 : 0) &- (unit & 0xF800 == 0xD800 ? 1 : 0)
        lowSurrogates &+= unit & 0xFC00 == 0xDC00 ? 1 : 0
    }
}
