import CICU

/// Splits a normalized view into tokens and sentences at ICU's word and sentence boundaries.
enum Segmenter {
    /// The boundaries ICU finds in `units`, from 0 to `units.count`.
    static func boundaries(_ kind: cicu_break_kind, in units: [UInt16]) -> [Int32] {
        let boundaries = [Int32](unsafeUninitializedCapacity: units.count + 1) { out, initialized in
            let count = units.withUnsafeBufferPointer { text in
                cicu_boundaries(kind, text.baseAddress, Int32(text.count), out.baseAddress, Int32(out.count))
            }
            initialized = max(Int(count), 0)
        }
        // ICU fails only when it cannot open its break rules; fall back to one segment.
        if boundaries.isEmpty { return units.isEmpty ? [0] : [0, Int32(units.count)] }
        return boundaries
    }

    /// The tokens of `units`: every word-break segment that is not white space.
    static func tokens(of units: [UInt16]) -> [Token] { segment(units).tokens }

    /// The tokens of `units` and the `SyllableKeys` key of each, found in one pass over the units.
    static func segment(_ units: [UInt16]) -> (tokens: [Token], keys: [UInt64]) {
        let boundaries = units.withUnsafeBufferPointer(WordBreaks.boundaries(in:))
        let segments = boundaries.count - 1
        var spaceBefore = true
        var lineBefore = true
        var afterTerminal = true
        var keys: [UInt64] = []
        keys.reserveCapacity(segments)
        // At most one token per segment: written in place, without a capacity check per token.
        let tokens = [Token](unsafeUninitializedCapacity: segments) { tokens, count in
        UnitClasses.table.withUnsafeBufferPointer { table in UnitClasses.withFolds.withUnsafeBufferPointer { facts in
        units.withUnsafeBufferPointer { text in
            for index in 0..<segments {
                let start = Int(boundaries[index])
                let end = Int(boundaries[index + 1])
                let first = text[start]
                if UnitClasses.of(first, in: table).contains(.whitespace) {
                    spaceBefore = true
                    for position in start..<end where text[position] == 0x0A || text[position] == 0x0D || text[position] == 0x2029 {
                        lineBefore = true
                    }
                    continue
                }
                var flags: Token.Flags = []
                if spaceBefore { flags.insert(.spaceBefore) }
                if lineBefore { flags.insert(.lineBefore) }
                if afterTerminal && (spaceBefore || lineBefore) { flags.insert(.sentenceStart) }
                let (kind, caseFlags, key) = classify(text, start, end, table, facts)
                flags.formUnion(caseFlags)
                tokens.initializeElement(at: count, to: Token(start: Int32(start), end: Int32(end), kind: kind, flags: flags))
                keys.append(key)
                count += 1
                if kind == .punctuation {
                    if isSentenceTerminal(first) {
                        afterTerminal = true
                    } else if !isClosing(first) {
                        afterTerminal = false
                    }
                } else {
                    afterTerminal = false
                }
                spaceBefore = false
                lineBefore = false
            }
        } } }
        }
        return (tokens, keys)
    }

    /// The kind of the segment `text[start..<end]`, its case and digit flags, and its key.
    @inline(__always)
    private static func classify(
        _ text: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int, _ table: UnsafeBufferPointer<UnitClasses.Bits>,
        _ facts: UnsafeBufferPointer<UInt32>
    ) -> (Token.Kind, Token.Flags, UInt64) {
        var letters = 0
        var capitals = 0
        var digits = 0
        var hash = SyllableKeys.seed
        for position in start..<end {
            let unit = text[position]
            // One load for both the unit's classes and its folded form.
            let fact = UnitClasses.withFold(unit, in: facts)
            let bits = fact & 0xFF
            // Counted without branches: `.letter` is bit 0, `.upper` bit 1, `.digit` bit 2, and a
            // unit counts as a capital only when it is also a letter.
            letters &+= Int(bits & 1)
            capitals &+= Int(bits & (bits >> 1) & 1)
            digits &+= Int(bits >> 2 & 1)
            hash = SyllableKeys.step(hash, folded: UInt16(truncatingIfNeeded: fact >> 16))
        }
        let key = end - start == 1 && UTF16Letters.isDash(text[start]) ? SyllableKeys.dash : SyllableKeys.finish(hash)
        var flags: Token.Flags = []
        if digits > 0 { flags.insert(.hasDigit) }
        if letters > 0 {
            if UnitClasses.of(text[start], in: table).contains(.upper) { flags.insert(.initialCapital) }
            if capitals == letters { flags.insert(.allCapitals) }
            return (.word, flags, key)
        }
        if digits > 0 { return (.number, flags, key) }
        // Letters of other scripts (CJK, Cyrillic…) that ICU keeps as words.
        if end - start > 1 || text[start] > 0x2FFF { return (.word, flags, key) }
        return (.punctuation, flags, key)
    }

    @inline(__always)
    private static func isSentenceTerminal(_ unit: UInt16) -> Bool {
        unit == 0x2E || unit == 0x21 || unit == 0x3F || unit == 0x2026
    }

    @inline(__always)
    private static func isClosing(_ unit: UInt16) -> Bool {
        unit == 0x22 || unit == 0x27 || unit == 0x29 || unit == 0x5D || unit == 0x201D || unit == 0x2019 || unit == 0xBB
    }
}
