/// The two ways Vietnamese writes the tone of a syllable ending in `oa`, `oe` or `uy`: on the
/// first vowel (`Hòa`, `Khỏe`, `Thùy`) or, in the newer style, on the second (`Hoà`, `Khoẻ`, `Thuỳ`).
/// Names are written both ways, so the name lists read each of their syllables in both spellings.
///
/// Used when the lists are loaded, never on a text.
enum ToneSpelling {
    /// The last letters of `oa`, `oe`, `uy`, bare or with a tone.
    private static let glideEnds = Set("aàáảãạeèéẻẽẹyỳýỷỹỵ".unicodeScalars)
    /// The first letters of `oa`, `oe`, `uy`, bare or with a tone.
    private static let glideStarts = Set("oòóỏõọuùúủũụ".unicodeScalars)
    /// The combining tone marks: grave, acute, tilde, hook above, dot below.
    private static let tones: Set<Unicode.Scalar> = ["\u{300}", "\u{301}", "\u{303}", "\u{309}", "\u{323}"]

    /// Whether a syllable ending in `last` (a UTF-16 unit) may be written two ways: it ends in the
    /// last letter of `oa`, `oe` or `uy`, or in a combining tone mark.
    static func mayHaveTwo(_ last: UInt16) -> Bool {
        let lowerUnit = UTF16Letters.lowercase(last)
        // Most syllables end in an ASCII letter, which the sets need not be asked about.
        if lowerUnit < 0x80 { return lowerUnit == 0x61 || lowerUnit == 0x65 || lowerUnit == 0x79 }  // a, e, y
        guard let scalar = Unicode.Scalar(last) else { return false }
        let lower = Unicode.Scalar(lowerUnit) ?? scalar
        return glideEnds.contains(lower) || tones.contains(scalar)
    }

    /// `syllable` lower-cased with its tone on the first vowel of a final `oa`, `oe` or `uy`, then
    /// the other spelling, if there is one: `["thùy", "thuỳ"]`, `["hòa", "hoà"]`, `["minh"]`.
    static func spellings(of syllable: String) -> [String] {
        let lower = syllable.lowercased()
        // Most syllables have no `o` or `u` before their last letter: they are spared the
        // decomposition, unless combining marks (which it would move) are written out.
        let written = lower.unicodeScalars
        if !written.contains(where: { (0x300...0x36F).contains($0.value) }),
           written.count < 2 || !glideStarts.contains(written[written.index(written.endIndex, offsetBy: -2)]) {
            return [lower]
        }
        let scalars = Array(UnicodeNormalization.decomposed(lower).unicodeScalars)
        guard let toneIndex = scalars.firstIndex(where: tones.contains) else { return [lower] }
        let tone = scalars[toneIndex]
        var letters = scalars
        letters.remove(at: toneIndex)
        let count = letters.count
        guard count >= 2 else { return [lower] }
        let pair = (letters[count - 2], letters[count - 1])
        let glide = pair == ("o", "a") || pair == ("o", "e") || pair == ("u", "y") && (count < 3 || letters[count - 3] != "q")
        guard glide else { return [lower] }
        var first = letters, second = letters
        first.insert(tone, at: count - 1)    // after the first vowel of the pair
        second.append(tone)                  // after the last vowel
        return [compose(first), compose(second)]
    }

    private static func compose(_ scalars: [Unicode.Scalar]) -> String {
        var string = ""
        string.unicodeScalars.append(contentsOf: scalars)
        return UnicodeNormalization.composed(string)
    }
}
