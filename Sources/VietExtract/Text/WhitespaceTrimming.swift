extension Substring {
    /// The text without the white space at its ends, as Foundation's
    /// `trimmingCharacters(in: .whitespaces)` read it: tabs, space separators (U+0020, U+00A0,
    /// U+3000…) and U+200B. Allocates nothing beyond the result.
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let end = scalars.lastIndex(where: { !$0.isWhitespace })!
        return String(scalars[start...end])
    }
}

extension Unicode.Scalar {
    /// A tab, a space separator (general category Zs) or U+200B.
    fileprivate var isWhitespace: Bool {
        switch value {
        case 0x09, 0x20, 0x200B: return true
        case ..<0xA0: return false
        default: return properties.generalCategory == .spaceSeparator
        }
    }
}
