import CICU

/// Splits a normalized view into tokens and sentences with ICU's break iterators.
enum Segmenter {
    /// The boundaries ICU finds in `units`, from 0 to `units.count`.
    static func boundaries(_ kind: cicu_break_kind, in units: [UInt16]) -> [Int32] {
        var boundaries = [Int32](repeating: 0, count: units.count + 1)
        let count = units.withUnsafeBufferPointer { text in
            boundaries.withUnsafeMutableBufferPointer { out in
                cicu_boundaries(kind, text.baseAddress, Int32(text.count), out.baseAddress, Int32(out.count))
            }
        }
        // ICU fails only when it cannot open its break rules; fall back to one segment.
        boundaries.removeLast(boundaries.count - max(Int(count), 0))
        if count <= 0 { boundaries = units.isEmpty ? [0] : [0, Int32(units.count)] }
        return boundaries
    }

    /// The tokens of `units`: every word-break segment that is not white space.
    static func tokens(of units: [UInt16]) -> [Token] {
        let boundaries = boundaries(CICU_BREAK_WORD, in: units)
        var tokens: [Token] = []
        tokens.reserveCapacity(boundaries.count / 2)
        var spaceBefore = true
        var lineBefore = true
        var afterTerminal = true
        units.withUnsafeBufferPointer { text in
            for index in 0..<(boundaries.count - 1) {
                let start = Int(boundaries[index])
                let end = Int(boundaries[index + 1])
                let first = text[start]
                if UTF16Letters.isWhitespace(first) {
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
                let (kind, caseFlags) = classify(text, start, end)
                flags.formUnion(caseFlags)
                tokens.append(Token(start: Int32(start), end: Int32(end), kind: kind, flags: flags))
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
        }
        return tokens
    }

    /// The kind of the segment `text[start..<end]` and its case and digit flags.
    @inline(__always)
    private static func classify(
        _ text: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int
    ) -> (Token.Kind, Token.Flags) {
        var letters = 0
        var capitals = 0
        var digits = 0
        for position in start..<end {
            let unit = text[position]
            if UTF16Letters.isDigit(unit) {
                digits += 1
            } else if UTF16Letters.isLatinLetter(unit) || unit > 0x24F && unit < 0xD800 && UTF16Letters.isUpper(unit) {
                letters += 1
                if UTF16Letters.isUpper(unit) { capitals += 1 }
            }
        }
        var flags: Token.Flags = []
        if digits > 0 { flags.insert(.hasDigit) }
        if letters > 0 {
            if UTF16Letters.isUpper(text[start]) { flags.insert(.initialCapital) }
            if capitals == letters { flags.insert(.allCapitals) }
            return (.word, flags)
        }
        if digits > 0 { return (.number, flags) }
        // Letters of other scripts (CJK, Cyrillic…) that ICU keeps as words.
        if end - start > 1 || text[start] > 0x2FFF { return (.word, flags) }
        return (.punctuation, flags)
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
