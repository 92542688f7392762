import CICU

/// The words of a person's name as 64-bit keys, for `PersonClusters` to compare: two words have
/// the same key when they are the same characters lower-cased (`Ân`, `ÂN`, `A\u{302}n`), as Swift
/// compares strings, up to a collision of 64-bit hashes.
enum PersonNameKeys {
    /// Appends to `keys` the key of each word of `name`, cut where `name.lowercased().split(separator: " ")`
    /// cuts it.
    static func appendWords(of name: String, to keys: inout [UInt64]) {
        let start = keys.count
        if !appendLatinWords(of: name, to: &keys) {
            keys.removeSubrange(start...)
            appendGeneralWords(of: name, to: &keys)
        }
    }

    /// `appendWords(of:to:)` in one pass over the UTF-8 of a name whose scalars all lie in the
    /// Latin blocks (below U+0250 but `İ`, or U+1E00…U+1EFF), where the simple lower-case mapping
    /// is the full one, no scalar joins a space into a larger character and the text is composed
    /// (NFC) already. False, having appended some keys, for other names.
    private static func appendLatinWords(of name: String, to words: inout [UInt64]) -> Bool {
        var name = name
        return name.withUTF8 { bytes in
            var hash = seed, length = 0
            var position = 0
            while position < bytes.count {
                let lead = UInt32(bytes[position])
                // ASCII first: most bytes of a name.
                if lead < 0x80 {
                    position += 1
                    if lead == 0x20 {
                        if length > 0 { words.append(finish(hash)) }
                        hash = seed
                        length = 0
                    } else {
                        hash = step(hash, UInt32(UTF16Letters.lowercase(UInt16(lead))))
                        length += 1
                    }
                    continue
                }
                // Decode one scalar of two or three bytes; a longer one is outside the blocks.
                var value = lead
                if lead >= 0xF0 { return false }
                if lead >= 0xE0 {
                    guard position + 2 < bytes.count else { return false }
                    value = (lead & 0x0F) << 12 | UInt32(bytes[position + 1] & 0x3F) << 6 | UInt32(bytes[position + 2] & 0x3F)
                    position += 3
                } else if lead >= 0xC0 {
                    guard position + 1 < bytes.count else { return false }
                    value = (lead & 0x1F) << 6 | UInt32(bytes[position + 1] & 0x3F)
                    position += 2
                } else {
                    position += 1
                }
                guard value < 0x250 && value != 0x130 || value & 0xFF00 == 0x1E00 else { return false }
                hash = step(hash, UInt32(UTF16Letters.lowercase(UInt16(value))))
                length += 1
            }
            if length > 0 { words.append(finish(hash)) }
            return true
        }
    }

    /// `appendWords(of:to:)` for any name: lower-cased and cut by the standard library, each word
    /// composed to NFC by ICU, so that a decomposed mark reads as the composed letter.
    private static func appendGeneralWords(of name: String, to keys: inout [UInt64]) {
        keys += name.lowercased().split(separator: " ").map { word in
            let units = Array(word.utf16)
            var composed = [UInt16](repeating: 0, count: units.count * 3 + 4)
            let length = units.withUnsafeBufferPointer { source in
                composed.withUnsafeMutableBufferPointer { target in
                    cicu_nfc(source.baseAddress, Int32(source.count), target.baseAddress, Int32(target.count))
                }
            }
            return finish((length >= 0 ? composed[..<Int(length)] : units[...]).reduce(seed) { step($0, UInt32($1)) })
        }
    }

    private static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// FNV-1a over UTF-16 units (a scalar of the Latin blocks is one unit).
    @inline(__always)
    private static func step(_ hash: UInt64, _ unit: UInt32) -> UInt64 {
        (hash ^ UInt64(unit)) &* 0x100_0000_01b3
    }

    @inline(__always)
    private static func finish(_ hash: UInt64) -> UInt64 { hash ^ (hash >> 29) }
}
