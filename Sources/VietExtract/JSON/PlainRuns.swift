/// Finds where a run of string bytes that JSON writes as they are ends: at a quote, a backslash
/// or a control byte. Reading and writing copy such runs whole, and most strings are one run.
enum PlainRuns {
    /// The index of the first quote, backslash or byte below 0x20 in `bytes[start...]`, or
    /// `bytes.count`. Eight bytes at a time: a word with none of them is passed over whole.
    static func end(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        if let base = bytes.baseAddress {
            while index + 8 <= bytes.count, !hasSpecialByte(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
                index += 8
            }
        }
        while index < bytes.count {
            if isSpecial(bytes[index]) { return index }
            index += 1
        }
        return index
    }

    /// Copies `bytes` to `target` and tells whether none of them is a quote, a backslash or a
    /// control byte. Eight bytes at a time, the last eight (or, in a shorter string, four or
    /// three) overlapping those before them, so that no byte is copied or checked alone.
    @inline(__always)
    static func copyIfPlain(_ bytes: UnsafeBufferPointer<UInt8>, to target: UnsafeMutablePointer<UInt8>) -> Bool {
        guard let source = bytes.baseAddress else { return true }
        let count = bytes.count
        let from = UnsafeRawPointer(source), to = UnsafeMutableRawPointer(target)
        if count >= 8 {
            var flags: UInt64 = 0
            var index = 0
            while index &+ 8 < count {
                let word = from.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                flags |= specialBytes(word)
                to.storeBytes(of: word, toByteOffset: index, as: UInt64.self)
                index &+= 8
            }
            let last = from.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self)
            to.storeBytes(of: last, toByteOffset: count &- 8, as: UInt64.self)
            return flags | specialBytes(last) == 0
        }
        if count >= 4 {
            let low = from.loadUnaligned(as: UInt32.self)
            let high = from.loadUnaligned(fromByteOffset: count &- 4, as: UInt32.self)
            to.storeBytes(of: low, as: UInt32.self)
            to.storeBytes(of: high, toByteOffset: count &- 4, as: UInt32.self)
            return specialBytes(UInt64(low) | UInt64(high) << 32) == 0
        }
        guard count > 0 else { return true }
        let first = source[0], middle = source[count >> 1], last = source[count &- 1]
        target[0] = first
        target[count >> 1] = middle
        target[count &- 1] = last
        let word = UInt32(first) | UInt32(middle) << 8 | UInt32(last) << 16 | UInt32(first) << 24
        return specialBytes(UInt64(word) | UInt64(word) << 32) == 0
    }

    /// Whether `byte` is below 0x20, a quote or a backslash.
    @inline(__always)
    static func isSpecial(_ byte: UInt8) -> Bool {
        byte == 0x22 || byte == 0x5C || byte < 0x20
    }

    /// Whether some byte of `word` is below 0x20, a quote or a backslash.
    @inline(__always)
    static func hasSpecialByte(_ word: UInt64) -> Bool {
        specialBytes(word) != 0
    }

    /// The high bit of each byte of `word` (read little-endian) that is below 0x20, a quote or a
    /// backslash, by the usual bit tricks for "has a byte less than n" and "has a zero byte". A
    /// borrow can flag a byte above a flagged one too, so only the lowest flag is exact; bytes of
    /// 0x80 and above are never flagged.
    @inline(__always)
    static func specialBytes(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let control = (word &- ones &* 0x20) & ~word & highs
        let quote = word ^ (ones &* 0x22), backslash = word ^ (ones &* 0x5C)
        let quotes = (quote &- ones) & ~quote & highs
        let backslashes = (backslash &- ones) & ~backslash & highs
        return control | quotes | backslashes
    }
}
