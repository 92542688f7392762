/// The key of a token: a 64-bit hash of its units as word tables compare them. The segmenter
/// computes every token's key in its pass over the units, so that a table looks a token up with
/// one probe instead of reading its units again.
///
/// Tables compare syllables lower-cased and with the typographic apostrophe read as `'`
/// (`Đắk R’Lấp` = `đắk r'lấp`); `fold(_:)` is that comparison and the key hashes its result
/// (FNV-1a, then a shift to spread the high bits into the low ones tables index by). Two different
/// syllables share a key only when their 64-bit hashes collide, which tables treat as equality.
enum SyllableKeys {
    /// The key of a dash token (`-`, `–`, `—`): tables step over dashes between syllables. No
    /// other token has it.
    static let dash: UInt64 = 0

    /// The key of `units[range]` (not a dash), for the words of tables; a text's tokens get theirs
    /// from the segmenter, which hashes the same way in its own pass (reading folds from a table).
    static func hash(_ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> UInt64 {
        var hash = seed
        for position in range { hash = step(hash, folded: fold(units[position])) }
        return finish(hash)
    }

    /// The hash before any unit.
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// The hash after one more unit, given already folded.
    @inline(__always)
    static func step(_ hash: UInt64, folded unit: UInt16) -> UInt64 {
        (hash ^ UInt64(unit)) &* 0x100_0000_01b3
    }

    /// The key of one word written in a rule, as the text's token of that word gets it.
    static func key(ofWord word: String) -> UInt64 {
        NormalizedText(original: Array(word.utf16)).units.withUnsafeBufferPointer { hash($0, 0..<$0.count) }
    }

    /// The keys of the syllables of a table's phrase, as a text's tokens get theirs: the phrase
    /// normalized and segmented like a text.
    static func keys(ofPhrase phrase: String) -> [UInt64] {
        Segmenter.segment(NormalizedText(original: Array(phrase.utf16)).units).keys
    }

    /// One key for a syllable and the next (`first`, `second`): distinct pairs share one only when
    /// 64-bit hashes collide, so a table of pairs may answer yes wrongly, never no.
    @inline(__always)
    static func pair(_ first: UInt64, _ second: UInt64) -> UInt64 {
        (first &* 0x9E37_79B9_7F4A_7C15) ^ second
    }

    /// The key of a token whose units gave `hash`.
    @inline(__always)
    static func finish(_ hash: UInt64) -> UInt64 {
        let mixed = hash ^ (hash >> 29)
        return mixed == dash ? 1 : mixed
    }

    /// A unit as tables compare it: lower-cased, with the typographic apostrophe read as `'`.
    static func fold(_ unit: UInt16) -> UInt16 {
        switch unit {
        case 0x2019, 0x02BC: return 0x27
        default: return UTF16Letters.lowercase(unit)
        }
    }
}
