/// Police departments named by their code (`PC67`, `PA83`, `PV01`, `PC08`): a capital P, the letter
/// of the branch (A security, C police, E, H, K logistics, V, X), then two or three digits, written
/// as one word. The Ministry of Public Security names its provincial departments this way, and the
/// news uses the code alone (`Trưởng PC67`, `PC67 đã xác minh`).
struct PoliceUnitCodes {
    private let text: AnalyzedText
    /// The branch letters, in UTF-16.
    private static let branches: Set<UInt16> = Set("ACEHKVX".utf16)

    init(text: AnalyzedText) {
        self.text = text
    }

    /// The code at token `index`, as a token range.
    func code(at index: Int) -> Range<Int>? {
        let token = text.tokens[index]
        guard token.kind == .word, token.flags.contains(.hasDigit), token.length >= 4, token.length <= 5 else { return nil }
        let units = text.units(token.range)
        guard units.first == 0x50, let branch = units.dropFirst().first, Self.branches.contains(branch),
              units.dropFirst(2).allSatisfy(UTF16Letters.isDigit) else { return nil }
        return index..<(index + 1)
    }
}
