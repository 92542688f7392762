/// One word-break segment of the normalized view: a syllable, a number, or a punctuation mark.
///
/// White space is not a token; `spaceBefore` says whether any stood before it, so rules can tell
/// `39-CT/TW` (glued) from `39 - CT / TW` (spaced) and still read both as one unit.
public struct Token: Sendable, Hashable {
    /// Where the token starts in the normalized view, in UTF-16 units.
    public let start: Int32
    /// Where the token ends in the normalized view (exclusive), in UTF-16 units.
    public let end: Int32
    /// What the token is made of.
    public let kind: Kind
    /// Case, digits and spacing facts about the token.
    public let flags: Flags

    /// The broad class of a token, from its characters.
    public enum Kind: UInt8, Sendable {
        /// Letters, possibly with digits (`Hà`, `COVID`, `10h30`).
        case word
        /// Digits, possibly with `.`/`,` inside (`2013`, `3,9`, `12.100`, `6.2.2017`).
        case number
        /// A single punctuation mark or symbol (`-`, `/`, `(`, `.`).
        case punctuation
    }

    /// Facts about a token that rules test often.
    public struct Flags: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }

        /// The first character is an upper-case letter.
        public static let initialCapital = Flags(rawValue: 1 << 0)
        /// Every letter is upper-case (a lone capital letter counts).
        public static let allCapitals = Flags(rawValue: 1 << 1)
        /// At least one character is a digit.
        public static let hasDigit = Flags(rawValue: 1 << 2)
        /// White space stands right before the token (or it starts the text).
        public static let spaceBefore = Flags(rawValue: 1 << 3)
        /// A line break stands between this token and the previous one (or it starts the text).
        public static let lineBefore = Flags(rawValue: 1 << 4)
        /// The token is the first of a sentence, by the punctuation and line breaks before it.
        public static let sentenceStart = Flags(rawValue: 1 << 5)
    }

    /// The range of the token in the normalized view.
    public var range: Range<Int> { Int(start)..<Int(end) }
    /// The token's length in UTF-16 units.
    public var length: Int { Int(end - start) }
}
