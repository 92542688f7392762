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
        var next = 0
        while next < wanted.count {
            let target = wanted[next]
            while position.utf16 < target && position.utf16 < units.count {
                let unit = units[position.utf16]
                position.utf16 += 1
                switch unit {
                case ..<0x80: position.utf8 += 1; position.codePoints += 1
                case ..<0x800: position.utf8 += 2; position.codePoints += 1
                case 0xD800...0xDBFF: position.utf8 += 4; position.codePoints += 1
                case 0xDC00...0xDFFF: break
                default: position.utf8 += 3; position.codePoints += 1
                }
            }
            result[target] = position
            next += 1
        }
        return result
    }
}
