import CICU

/// Splits a normalized view into tokens and sentences at ICU's word and sentence boundaries.
enum Segmenter {
    /// The boundaries ICU finds in `units`, from 0 to `units.count`.
    static func boundaries(_ kind: cicu_break_kind, in units: [UInt16]) -> [Int32] {
        units.withUnsafeBufferPointer { boundaries(kind, in: $0) }
    }

    /// The boundaries ICU finds in `units`, from 0 to `units.count`.
    static func boundaries(_ kind: cicu_break_kind, in units: UnsafeBufferPointer<UInt16>) -> [Int32] {
        let boundaries = [Int32](unsafeUninitializedCapacity: units.count + 1) { out, initialized in
            let count = cicu_boundaries(kind, units.baseAddress, Int32(units.count), out.baseAddress, Int32(out.count))
            initialized = max(Int(count), 0)
        }
        // ICU fails only when it cannot open its break rules; fall back to one segment.
        if boundaries.isEmpty { return units.isEmpty ? [0] : [0, Int32(units.count)] }
        return boundaries
    }

    /// The tokens of `units`: every word-break segment that is not white space.
    static func tokens(of units: [UInt16]) -> [Token] { segment(units).tokens }

    /// The tokens of `units` and the `SyllableKeys` key of each, found in one pass over the units
    /// that cuts words by `WordBreaks`' rules, and asks ICU about the stretches they do not cover.
    static func segment(_ units: [UInt16]) -> (tokens: [Token], keys: [UInt64]) {
        write(units) { writer, text in
            let length = text.count
            @inline(__always) func wordBreakClass(_ position: Int) -> WordBreaks.Class {
                UnitClasses.wordBreakClass(writer.entry(at: position))
            }
            var fixed = writer.state  // at the last boundary no rule can move
            var fixedPosition = 0
            var position = 0
            while position < length {
                let entry = writer.entry(at: position)
                if UnitClasses.isWordCharacter(entry) {
                    let words = writer.appendWords(from: position)
                    if let mark = words.fixed { (fixed, fixedPosition) = mark }
                    position = words.end
                    continue
                }
                let kind = UnitClasses.wordBreakClass(entry)
                var end = position + 1
                switch kind {
                case .icu:
                    // To the next fixed boundary, and on over each word that also needs ICU, so
                    // that text full of such words (emoji, other scripts) is one call, not one a word.
                    end = position
                    repeat {
                        end += 1
                        while end < length, !WordBreaks.isFixed(wordBreakClass(end - 1), wordBreakClass(end)) { end += 1 }
                    } while wordNeedsICU(from: end, writer)
                    writer.restore(fixed)
                    WordBreaks.icuBoundaries(text, fixedPosition..<end).withUnsafeBufferPointer {
                        writer.append(segmentsAt: $0)
                    }
                    fixed = writer.state
                    fixedPosition = end
                    position = end
                    continue
                case .space:
                    while end < length, wordBreakClass(end) == .space { end += 1 }
                    writer.appendSpace(lineBreak: false)
                case .carriageReturn, .lineFeed:
                    if kind == .carriageReturn, end < length, wordBreakClass(end) == .lineFeed { end += 1 }
                    writer.appendSpace(lineBreak: true)
                default:
                    writer.appendUnit(at: position)
                }
                if end < length, WordBreaks.isFixed(wordBreakClass(end - 1), wordBreakClass(end)) {
                    fixed = writer.state
                    fixedPosition = end
                }
                position = end
            }
        }
    }

    /// Whether the word from `start` to the next white space holds a unit ICU must judge.
    private static func wordNeedsICU(from start: Int, _ writer: TokenWriter) -> Bool {
        var position = start
        while position < writer.length {
            switch UnitClasses.wordBreakClass(writer.entry(at: position)) {
            case .icu: return true
            case .space, .lineFeed, .carriageReturn: return false
            default: position += 1
            }
        }
        return false
    }

    /// The tokens of `units` between ICU's word boundaries: what `segment(_:)` must equal.
    static func segmentAtICUBoundaries(_ units: [UInt16]) -> (tokens: [Token], keys: [UInt64]) {
        let boundaries = boundaries(CICU_BREAK_WORD, in: units)
        return write(units) { writer, _ in boundaries.withUnsafeBufferPointer { writer.append(segmentsAt: $0) } }
    }

    /// The tokens and keys that `body` writes for `units`, at most one per unit.
    private static func write(
        _ units: [UInt16], _ body: (inout TokenWriter, UnsafeBufferPointer<UInt16>) -> Void
    ) -> (tokens: [Token], keys: [UInt64]) {
        precondition(units.count <= Int(Int32.max), "a text of 2^31 UTF-16 units or more (token offsets are 32-bit)")
        var keys: [UInt64] = []
        let tokens = [Token](unsafeUninitializedCapacity: units.count) { tokens, tokenCount in
            keys = [UInt64](unsafeUninitializedCapacity: units.count) { keys, keyCount in
                UnitClasses.withFolds.withUnsafeBufferPointer { facts in
                    units.withUnsafeBufferPointer { text in
                        var writer = TokenWriter(tokens: tokens, keys: keys, text: text, facts: facts)
                        body(&writer, text)
                        keyCount = writer.state.count
                    }
                }
            }
            tokenCount = keys.count
        }
        return (tokens, keys)
    }
}
