extension GazetteerMatcher {
    /// An entry name cut into syllables, as the matcher's trie stores it.
    struct Key {
        /// The normalized view of all the names (shared by every key).
        let units: [UInt16]
        /// The syllables of this name in `units`, dashes left out.
        let ranges: [Range<Int>]
        /// Bit k is set when syllable k starts with a capital.
        let capitals: UInt64
    }

    /// The keys of `names`, segmented in one pass: the names are joined a line each and read as one
    /// text, so they are normalized and cut exactly as a text is.
    static func keys(of names: [String]) -> [Key] {
        var original: [UInt16] = []
        original.reserveCapacity(names.count * 12)
        for name in names {
            for unit in name.utf16 { original.append(unit == 0x0A ? 0x20 : unit) }
            original.append(0x0A)
        }
        let units = NormalizedText(original: original).units
        let tokens = Segmenter.tokens(of: units)
        var keys: [Key] = []
        keys.reserveCapacity(names.count)
        var ranges: [Range<Int>] = []
        var capitals: UInt64 = 0
        var tokenIndex = 0
        var lineStart = 0
        for _ in names.indices {
            var lineEnd = lineStart
            while lineEnd < units.count, units[lineEnd] != 0x0A { lineEnd += 1 }
            ranges.removeAll(keepingCapacity: true)
            capitals = 0
            while tokenIndex < tokens.count, Int(tokens[tokenIndex].start) < lineEnd {
                let token = tokens[tokenIndex]
                tokenIndex += 1
                if token.length == 1, UTF16Letters.isDash(units[Int(token.start)]) { continue }
                if ranges.count < 64, token.flags.contains(.initialCapital) { capitals |= 1 << UInt64(ranges.count) }
                ranges.append(token.range)
            }
            keys.append(Key(units: units, ranges: ranges, capitals: capitals))
            lineStart = lineEnd + 1
        }
        return keys
    }
}
