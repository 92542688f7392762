/// The ASCII base letter of a Latin letter, lower-cased (`Ứ` → `u`), read from a table instead of
/// decomposing the character: for spelling checks and ASCII ids that ignore tone and vowel marks.
enum BaseLetters {
    /// The code given to `đ` and `Đ`, whose stroke is no combining mark (so no decomposition).
    static let dStroke: UInt8 = 0x11

    /// The ASCII base of a letter, lower-cased (`Ứ` → `u`; `đ` → `dStroke`); 0 for anything else.
    @inline(__always) static func base(_ unit: UInt16) -> UInt8 {
        let lower = UTF16Letters.lowercase(unit)
        if lower < 0x80 { return UTF16Letters.isASCIILower(lower) ? UInt8(lower) : 0 }
        if lower == 0x0111 { return dStroke }
        guard lower >= 0xC0, Int(lower) - 0xC0 < table.count else { return 0 }
        return table[Int(lower) - 0xC0]
    }

    /// Base letters of U+00C0…U+1EFF (lower-case forms), built once from their decompositions.
    /// Only the Latin blocks (U+00C0…U+024F, U+1E00…U+1EFF) hold letters with an ASCII base; the
    /// code points between them are left 0 without decomposing them (a costly call each).
    private static let table: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 0x1F00 - 0xC0)
        for value in [0xC0..<0x250, 0x1E00..<0x1F00].joined() {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let decomposed = UnicodeNormalization.decomposed(String(scalar)).unicodeScalars
            if let first = decomposed.first, first.value < 0x80, first.properties.isLowercase {
                table[value - 0xC0] = UInt8(first.value)
            }
        }
        return table
    }()
}
