import CICU

/// Character classes and case mapping over UTF-16 code units, tuned for Vietnamese.
///
/// Every function answers from a few comparisons for the Latin ranges Vietnamese uses
/// (ASCII, Latin-1, Latin Extended-A/B, Latin Extended Additional) and asks ICU only for
/// anything else, so per-character work in the hot path stays free of calls and allocation.
enum UTF16Letters {
    @inline(__always)
    static func isDigit(_ unit: UInt16) -> Bool { unit &- 0x30 < 10 }

    @inline(__always)
    static func isASCIIUpper(_ unit: UInt16) -> Bool { unit &- 0x41 < 26 }

    @inline(__always)
    static func isASCIILower(_ unit: UInt16) -> Bool { unit &- 0x61 < 26 }

    /// Whether the unit is a letter of a Latin script (including every Vietnamese letter).
    @inline(__always)
    static func isLatinLetter(_ unit: UInt16) -> Bool {
        if unit < 0x80 { return isASCIIUpper(unit) || isASCIILower(unit) }
        if unit < 0xC0 { return false }
        if unit <= 0x24F { return unit != 0xD7 && unit != 0xF7 }
        return unit &- 0x1E00 < 0x100
    }

    /// Whether the unit is an upper-case letter.
    @inline(__always)
    static func isUpper(_ unit: UInt16) -> Bool {
        if unit < 0x80 { return isASCIIUpper(unit) }
        let lower = lowercase(unit)
        return lower != unit
    }

    /// The simple lower-case mapping of one code unit (surrogates are returned as they are).
    @inline(__always)
    static func lowercase(_ unit: UInt16) -> UInt16 {
        if unit < 0x80 { return isASCIIUpper(unit) ? unit | 0x20 : unit }
        switch unit {
        case 0xC0...0xDE where unit != 0xD7:
            return unit + 0x20
        case 0x100...0x137, 0x14A...0x177, 0x1EA0...0x1EF9:
            return unit | 1
        case 0x1A0, 0x1AF:
            return unit + 1
        case 0xD800...0xDFFF:
            return unit
        default:
            return UInt16(truncatingIfNeeded: cicu_to_lower(UInt32(unit)))
        }
    }

    /// Whether the unit is white space (including no-break spaces and line separators).
    @inline(__always)
    static func isWhitespace(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x85, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// Whether the unit is a dash: the hyphen-minus, the hyphen, the en dash, the em dash or the minus sign.
    @inline(__always)
    static func isDash(_ unit: UInt16) -> Bool {
        unit == 0x2D || unit &- 0x2010 < 6 || unit == 0x2212
    }
}
