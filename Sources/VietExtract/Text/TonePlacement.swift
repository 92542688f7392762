/// Folds the two conventions for placing the tone mark in `oa`, `oe` and `uy` to one.
///
/// Old-style spelling puts the mark on the first vowel of an open syllable (`hòa`, `khỏe`,
/// `thủy`), new-style on the second (`hoà`, `khoẻ`, `thuỷ`). The normalized view always uses
/// the new style, so both spellings compare equal. The fold moves a mark between two letters
/// of the same syllable and never changes the length of the text.
enum TonePlacement {
    /// Rows: a, e, o, u, y, A, E, O, U, Y; columns: grave, acute, tilde, hook above, dot below.
    private static let tonedVowels: [[UInt16]] = [
        [0x00E0, 0x00E1, 0x00E3, 0x1EA3, 0x1EA1], // a
        [0x00E8, 0x00E9, 0x1EBD, 0x1EBB, 0x1EB9], // e
        [0x00F2, 0x00F3, 0x00F5, 0x1ECF, 0x1ECD], // o
        [0x00F9, 0x00FA, 0x0169, 0x1EE7, 0x1EE5], // u
        [0x1EF3, 0x00FD, 0x1EF9, 0x1EF7, 0x1EF5], // y
        [0x00C0, 0x00C1, 0x00C3, 0x1EA2, 0x1EA0], // A
        [0x00C8, 0x00C9, 0x1EBC, 0x1EBA, 0x1EB8], // E
        [0x00D2, 0x00D3, 0x00D5, 0x1ECE, 0x1ECC], // O
        [0x00D9, 0x00DA, 0x0168, 0x1EE6, 0x1EE4], // U
        [0x1EF2, 0x00DD, 0x1EF8, 0x1EF6, 0x1EF4], // Y
    ]
    private static let plainVowels: [UInt16] = Array("aeouyAEOUY".utf16)

    /// For a toned `o`/`u` (either case): its row in `tonedVowels` and its tone column.
    @inline(__always)
    private static func tonedFirstVowel(_ unit: UInt16) -> (row: Int, tone: Int)? {
        for row in tonedVowels.indices {
            if let tone = tonedVowels[row].firstIndex(of: unit) { return (row, tone) }
        }
        return nil
    }

    /// Whether `unit` could start an old-style `oa`/`oe`/`uy` (a toned o or u): a cheap filter.
    @inline(__always)
    static func mayStartOldStyle(_ unit: UInt16) -> Bool {
        switch unit {
        case 0xF2, 0xF3, 0xF5, 0xF9, 0xFA, 0xD2, 0xD3, 0xD5, 0xD9, 0xDA, 0x169, 0x168,
             0x1ECC...0x1ECF, 0x1EE4...0x1EE7:
            return true
        default:
            return false
        }
    }

    /// The row of the untoned vowel that can follow: `a`/`e` after `o`, `y` after `u`.
    @inline(__always)
    private static func secondVowelRow(_ unit: UInt16, afterO: Bool) -> Int? {
        switch (unit, afterO) {
        case (0x61, true): return 0
        case (0x65, true): return 1
        case (0x41, true): return 5
        case (0x45, true): return 6
        case (0x79, false): return 4
        case (0x59, false): return 9
        default: return nil
        }
    }

    /// The indices of `units` where an old-style placement may start (a toned o or u).
    static func oldStyleStarts(in units: [UInt16]) -> [Int] {
        UnitClasses.table.withUnsafeBufferPointer { table in
            units.withUnsafeBufferPointer { units in
                units.indices.filter { UnitClasses.of(units[$0], in: table).contains(.oldStyleStart) }
            }
        }
    }

    /// Rewrites old-style placements in `units` to the new style, in place; `starts` are the
    /// indices `oldStyleStarts(in:)` gives for `units`.
    static func foldToNewStyle(_ units: inout [UInt16], at starts: [Int]) {
        let count = units.count
        for index in starts where index + 1 < count {
            // Most toned o and u are followed by no `a`, `e` or `y`: tested before the tone is looked up.
            let next = units[index + 1]
            let lowerNext = next | 0x20
            guard next < 0x80, lowerNext == 0x61 || lowerNext == 0x65 || lowerNext == 0x79 else { continue }
            guard let (row, tone) = tonedFirstVowel(units[index]) else { continue }
            let isO = row == 2 || row == 7
            guard let secondRow = secondVowelRow(next, afterO: isO) else { continue }
            // Only an open syllable: the pair must end it.
            if index + 2 < count, UTF16Letters.isLatinLetter(units[index + 2]) { continue }
            // `qu` + `y` is the consonant `qu` and the vowel `y`: nothing to move.
            if !isO, index > 0, UTF16Letters.lowercase(units[index - 1]) == 0x71 { continue }
            units[index] = plainVowels[row]
            units[index + 1] = tonedVowels[secondRow][tone]
        }
    }
}
