/// Facts about every UTF-16 unit below U+3100, each answered by one load from a table.
///
/// Vietnamese text lives in ASCII, Latin-1, Latin Extended-A/B, the combining marks and Latin
/// Extended Additional, with quotes, dashes and ellipses from General Punctuation, where a chain
/// of range comparisons (or a call into ICU) per character costs more than ICU's own work. The
/// table is computed once from `UTF16Letters` and the normalizer's own predicate, so it answers
/// exactly as they do; units from U+3100 on (CJK, Hangul, surrogates) are asked directly.
enum UnitClasses {
    /// The facts the text layer's hot loops test.
    struct Bits: OptionSet, Sendable {
        let rawValue: UInt8
        /// A letter, as tokens count them: Latin, or upper-case in another script.
        static let letter = Bits(rawValue: 1 << 0)
        static let upper = Bits(rawValue: 1 << 1)
        /// An ASCII digit.
        static let digit = Bits(rawValue: 1 << 2)
        static let whitespace = Bits(rawValue: 1 << 5)
        /// The normalized view differs from the original at this unit (see `NormalizedText`).
        static let rewritten = Bits(rawValue: 1 << 3)
        /// A toned `o` or `u` that may start an old-style `oa`/`oe`/`uy`.
        static let oldStyleStart = Bits(rawValue: 1 << 4)
        /// A letter that is not upper-case: a token with none has only capitals.
        static let lowercaseLetter = Bits(rawValue: 1 << 6)
        /// A letter or a digit to the word-break rules (`WordBreaks.Class.isLetterOrDigit`): set
        /// only in `withFolds`, so that the segmenter's letter loop tests one bit.
        static let wordCharacter = Bits(rawValue: 1 << 7)
    }

    /// The units the table covers.
    static let tableSize = 0x3100

    /// The facts of units 0..<`tableSize`.
    static let table: [Bits] = (0..<tableSize).map { compute(UInt16($0)) }

    /// The facts of `unit`, from the table when it covers it.
    @inline(__always)
    static func of(_ unit: UInt16, in table: UnsafeBufferPointer<Bits>) -> Bits {
        Int(unit) < tableSize ? table[Int(unit)] : compute(unit)
    }

    /// For units 0..<`tableSize`, their bits (low byte, with `wordCharacter`), their
    /// `WordBreaks.Class` (second byte) and their `SyllableKeys.fold` (high half): what the
    /// segmenter's loop reads, with one load per unit and no bounds test. The table has an entry
    /// for every unit; those from `tableSize` on say only that the class is `.icu` (their bits and
    /// fold are zero): `exactEntry(_:in:)` gives theirs.
    static let withFolds: [UInt32] = (0..<0x10000).map { unit in
        guard unit < tableSize else { return 0 }
        let classification = WordBreaks.classify(UInt16(unit))
        let wordCharacter = classification.isLetterOrDigit ? UInt32(Bits.wordCharacter.rawValue) : 0
        return withFold(UInt16(unit)) | UInt32(classification.rawValue) << 8 | wordCharacter
    }

    /// The `WordBreaks.Class` in an entry of `withFolds`.
    @inline(__always)
    static func wordBreakClass(_ entry: UInt32) -> WordBreaks.Class {
        WordBreaks.Class(rawValue: UInt8(truncatingIfNeeded: entry >> 8))
    }

    /// Whether an entry of `withFolds` is a letter or a digit to the word-break rules.
    @inline(__always)
    static func isWordCharacter(_ entry: UInt32) -> Bool { entry & UInt32(Bits.wordCharacter.rawValue) != 0 }

    /// `unit`'s entry of `withFolds` (`table`), with its bits and fold also past `tableSize`.
    @inline(__always)
    static func exactEntry(_ unit: UInt16, in table: UnsafePointer<UInt32>) -> UInt32 {
        Int(unit) < tableSize ? table[Int(unit)] : withFold(unit)
    }

    private static func withFold(_ unit: UInt16) -> UInt32 {
        UInt32(compute(unit).rawValue) | UInt32(SyllableKeys.fold(unit)) << 16
    }

    static func compute(_ unit: UInt16) -> Bits {
        var bits: Bits = []
        let isUpper = UTF16Letters.isUpper(unit)
        if UTF16Letters.isLatinLetter(unit) || unit > 0x24F && unit < 0xD800 && isUpper { bits.insert(.letter) }
        if isUpper { bits.insert(.upper) }
        if bits.contains(.letter) && !isUpper { bits.insert(.lowercaseLetter) }
        if UTF16Letters.isDigit(unit) { bits.insert(.digit) }
        if UTF16Letters.isWhitespace(unit) { bits.insert(.whitespace) }
        if NormalizedText.rewrites(unit) { bits.insert(.rewritten) }
        if TonePlacement.mayStartOldStyle(unit) { bits.insert(.oldStyleStart) }
        return bits
    }
}
