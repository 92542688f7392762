/// Turns UTF-16 offsets of the original text into code-point and UTF-8 offsets in one pass.
///
/// Entities are few beside the text's length, so the translator is handed all the offsets it
/// must convert at once, sorted, and walks the text only as far as the largest of them.
struct OffsetTranslator {
    /// An offset in the three units the API reports.
    struct Position: Hashable {
        var utf16: Int
        var codePoints: Int
        var utf8: Int
    }

    /// The positions of `utf16Offsets` (in any order) in `units`, keyed by UTF-16 offset.
    static func positions(of utf16Offsets: [Int], in units: [UInt16]) -> [Int: Position] {
        let wanted = Set(utf16Offsets).sorted()
        var result: [Int: Position] = [:]
        result.reserveCapacity(wanted.count)
        var position = Position(utf16: 0, codePoints: 0, utf8: 0)
        units.withUnsafeBufferPointer { units in
            for target in wanted {
                let end = min(max(target, position.utf16), units.count)
                advance(&position, through: units[position.utf16..<end])
                position.utf16 = end
                result[target] = position
            }
        }
        return result
    }

    /// Counts `units` into `position`'s code points and UTF-8 bytes, without a branch per unit
    /// (so the compiler can vectorize it): a unit takes 1, 2 or 3 UTF-8 bytes by its value, and
    /// each half of a surrogate pair 2 of the pair's 4; a pair is one code point.
    @inline(__always)
    private static func advance(_ position: inout Position, through units: Slice<UnsafeBufferPointer<UInt16>>) {
        var utf8 = 0
        var lowSurrogates = 0
        for unit in units {
            let isSurrogate = unit & 0xF800 == 0xD800 ? 1 : 0
            utf8 &+= 1 &+ (unit >= 0x80 ? 1 : 0) &+ (unit >= 0x800 ? 1 : 0) &- isSurrogate
            lowSurrogates &+= unit & 0xFC00 == 0xDC00 ? 1 : 0
        }
        position.utf8 &+= utf8
        position.codePoints &+= units.count &- lowSurrogates
    }
}
