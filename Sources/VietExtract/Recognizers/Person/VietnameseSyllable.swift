/// Tells a syllable that Vietnamese spelling allows (`Rứa`, `Nghiêm`, `Xi`) from one it does not
/// (`Trump`, `Jinping`, `Vla`), which marks a foreign name.
///
/// A syllable is native when, with tone and vowel marks taken off, it is an optional onset
/// (`b`, `ch`, `ngh`, `qu`, `tr` …), one to three vowels, and an optional final (`c`, `ch`, `m`,
/// `n`, `ng`, `nh`, `p`, `t`). The check reads the view's units in place and allocates nothing.
enum VietnameseSyllable {
    /// Whether `units[range]` is spelled as a Vietnamese syllable.
    static func isNative(_ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Bool {
        bases.withUnsafeBufferPointer { isNative(units, range, bases: $0) }
    }

    /// `isNative(_:_:)`, reading base letters from `bases` (the table, fetched once a call).
    private static func isNative(_ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>,
                                 bases: UnsafeBufferPointer<UInt8>) -> Bool {
        @inline(__always) func base(_ unit: UInt16) -> UInt8 {
            unit < 0x1F00 ? bases[Int(unit)] : BaseLetters.base(unit)
        }
        var position = range.lowerBound
        let end = range.upperBound
        @inline(__always) func letter(_ offset: Int) -> UInt8 {
            position + offset < end ? base(units[position + offset]) : 0
        }
        // Onset: the longest of the Vietnamese initial consonants.
        let first = letter(0), second = letter(1), third = letter(2)
        if first == c("n") && second == c("g") && third == c("h") {
            position += 3
        } else if (first == c("c") || first == c("k") || first == c("n") || first == c("p") || first == c("t")) && second == c("h")
                    || first == c("g") && (second == c("h") || second == c("i") && isVowel(third))
                    || first == c("n") && second == c("g") || first == c("t") && second == c("r")
                    || first == c("q") && second == c("u") {
            position += 2
        } else if isOnset(first) {
            position += 1
        } else if !isVowel(first) {
            return false
        }
        var vowels = 0
        while position < end, isVowel(base(units[position])) { vowels += 1; position += 1 }
        guard vowels <= 3, vowels > 0 || position == end && position > range.lowerBound else { return false }
        let remaining = end - position
        switch remaining {
        case 0: return true
        case 1:
            let final = letter(0)
            return final == c("c") || final == c("m") || final == c("n") || final == c("p") || final == c("t")
        case 2: return (letter(0) == c("c") || letter(0) == c("n")) && letter(1) == c("h") || letter(0) == c("n") && letter(1) == c("g")
        default: return false
        }
    }

    @inline(__always) private static func c(_ scalar: Unicode.Scalar) -> UInt8 { UInt8(scalar.value) }

    /// `BaseLetters.base(_:)` of every unit below U+1F00 (the Latin blocks and all below them), read
    /// with one load instead of lower-casing the unit first; a unit above asks `BaseLetters`.
    private static let bases: [UInt8] = (0..<0x1F00).map { BaseLetters.base(UInt16($0)) }

    @inline(__always) private static func isVowel(_ letter: UInt8) -> Bool {
        switch letter {
        case c("a"), c("e"), c("i"), c("o"), c("u"), c("y"): return true
        default: return false
        }
    }

    @inline(__always) private static func isOnset(_ letter: UInt8) -> Bool {
        switch letter {
        case c("b"), c("c"), c("d"), c("g"), c("h"), c("k"), c("l"), c("m"), c("n"), c("p"), c("r"), c("s"),
             c("t"), c("v"), c("x"), BaseLetters.dStroke: return true
        default: return false
        }
    }
}
