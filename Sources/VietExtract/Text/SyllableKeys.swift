/// The key of every token: a 64-bit hash of its units as word tables compare them, computed once
/// per text so that every table looks a token up with one probe instead of reading its units again.
///
/// Tables compare syllables lower-cased and with the typographic apostrophe read as `'`
/// (`Đắk R’Lấp` = `đắk r'lấp`); `fold(_:)` is that comparison and `hash(_:_:)` hashes its result
/// (FNV-1a, then a shift to spread the high bits into the low ones tables index by). Two different
/// syllables share a key only when their 64-bit hashes collide, which tables treat as equality.
enum SyllableKeys {
    /// The key of a dash token (`-`, `–`, `—`): tables step over dashes between syllables.
    static let dash: UInt64 = 0

    /// The keys of `tokens`, one each; dash tokens get `dash`.
    static func keys(of tokens: [Token], in units: [UInt16]) -> [UInt64] {
        units.withUnsafeBufferPointer { text in
            folded.withUnsafeBufferPointer { folded in
                tokens.map { token in
                    if token.length == 1, UTF16Letters.isDash(text[Int(token.start)]) { return dash }
                    return hash(text, token.range, folded)
                }
            }
        }
    }

    /// The key of `units[range]`.
    static func hash(_ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> UInt64 {
        folded.withUnsafeBufferPointer { hash(units, range, $0) }
    }

    @inline(__always)
    private static func hash(
        _ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>, _ folded: UnsafeBufferPointer<UInt16>
    ) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for position in range {
            let unit = units[position]
            let key = Int(unit) < folded.count ? folded[Int(unit)] : fold(unit)
            hash = (hash ^ UInt64(key)) &* 0x100_0000_01b3
        }
        let mixed = hash ^ (hash >> 29)
        return mixed == dash ? 1 : mixed
    }

    /// `fold(_:)` of every unit below `UnitClasses.tableSize`.
    private static let folded: [UInt16] = (0..<UnitClasses.tableSize).map { fold(UInt16($0)) }

    /// A unit as tables compare it: lower-cased, with the typographic apostrophe read as `'`.
    static func fold(_ unit: UInt16) -> UInt16 {
        switch unit {
        case 0x2019, 0x02BC: return 0x27
        default: return UTF16Letters.lowercase(unit)
        }
    }
}
