import CICU

/// A text ready for recognizers: the original, its normalized view, and the view's tokens.
///
/// Built once per input text and read by every recognizer. Ranges inside are in UTF-16 units of
/// the normalized view unless a name says otherwise; `originalRange(ofView:)` maps them back.
public struct AnalyzedText: Sendable {
    /// The text as the user gave it.
    public let original: String
    /// The original text in UTF-16 code units.
    public let originalUnits: [UInt16]
    /// The normalized view that matchers read.
    public let view: NormalizedText
    /// The view's tokens, in order, without white space.
    public let tokens: [Token]
    /// The `SyllableKeys` key of every token, by which word tables look tokens up.
    let keys: [UInt64]

    /// Normalizes and segments `text`.
    public init(_ text: String) {
        original = text
        originalUnits = UTF16Transcoder.units(of: text)
        view = NormalizedText(original: originalUnits)
        (tokens, keys) = Segmenter.segment(view.units)
    }

    /// The view's units in `range`.
    @inline(__always)
    public func units(_ range: Range<Int>) -> ArraySlice<UInt16> { view.units[range] }

    /// The view's text of a token, as a String (for rules off the hot path).
    public func string(of token: Token) -> String { string(inView: token.range) }

    /// The view's text in `range`, as a String.
    public func string(inView range: Range<Int>) -> String {
        UTF16Transcoder.string(of: view.units[range])
    }

    /// The range of the original text (UTF-16 units) that a range of the view came from.
    public func originalRange(ofView range: Range<Int>) -> Range<Int> {
        view.originalRange(of: range)
    }

    /// Whether the token's text, lower-cased, equals `lowercased` (ASCII or Vietnamese letters).
    public func token(_ token: Token, equalsLowercased lowercased: [UInt16]) -> Bool {
        guard token.length == lowercased.count else { return false }
        var position = Int(token.start)
        for unit in lowercased {
            if UTF16Letters.lowercase(view.units[position]) != unit { return false }
            position += 1
        }
        return true
    }

    /// The sentences of the view, as ranges of token indices, found by ICU's sentence break.
    public func sentences() -> [Range<Int>] {
        let boundaries = Segmenter.boundaries(CICU_BREAK_SENTENCE, in: view.units)
        var sentences: [Range<Int>] = []
        var tokenIndex = 0
        for index in 1..<max(boundaries.count, 1) {
            let end = boundaries[index]
            let first = tokenIndex
            while tokenIndex < tokens.count, tokens[tokenIndex].start < end { tokenIndex += 1 }
            if tokenIndex > first { sentences.append(first..<tokenIndex) }
        }
        return sentences
    }
}
