/// The known body whose name starts at each token of one text, each looked up the first time a
/// rule asks for it.
///
/// Most tokens start no known name, and their first syllable tells so in the token's case with one
/// probe, before the table is read; the others are walked down the trie once. Like `LexiconHits`,
/// the table is shared by the copies of the scanner that holds it, and its slots are raw memory.
final class KnownStarts {
    private let organizations: KnownOrganizations
    private let text: AnalyzedText
    private let syllables: [Int32]
    /// One slot per token: `unread` until looked up, then the start or `none`.
    private let slots: UnsafeMutableBufferPointer<OrganizationNameScanner.KnownStart>

    /// The table of `text`, whose syllable ids in `organizations`' matcher are `syllables`.
    init(text: AnalyzedText, organizations: KnownOrganizations, syllables: [Int32]) {
        self.organizations = organizations
        self.text = text
        self.syllables = syllables
        slots = .allocate(capacity: text.tokens.count)
        slots.initialize(repeating: .unread)
    }

    deinit { slots.deallocate() }

    /// The known body whose name starts at token `index`, if any. Inlined: most tokens asked about
    /// are told no by their first syllable, which then costs no call.
    @inline(__always)
    func start(at index: Int) -> OrganizationNameScanner.KnownStart? {
        guard index >= 0, index < slots.count,
              organizations.matcher.startsKey(syllables[index], capitalized: text.tokens[index].flags.contains(.initialCapital))
        else { return nil }
        var start = slots[index]
        if start.end < 0 {
            start = lookUp(at: index) ?? .none
            slots[index] = start
        }
        return start.end > 0 ? start : nil
    }

    /// The longest known name at token `index` whose capitals the text keeps, and its body.
    private func lookUp(at index: Int) -> OrganizationNameScanner.KnownStart? {
        guard let match = organizations.matcher.longestMatch(at: index, in: text, syllables: syllables),
              let body = organizations.body(of: match, in: text) else { return nil }
        return .init(end: match.tokens.upperBound, body: body, isLocal: organizations.bodies[body].scope != .national,
                     isBrand: organizations.bodies[body].isBrand)
    }
}

private extension OrganizationNameScanner.KnownStart {
    /// Placeholders in the table: a token not looked up yet, and one that starts no known name (a
    /// real start ends after its token, so past 0).
    static let unread = Self(end: -1, body: -1, isLocal: false, isBrand: false)
    static let none = Self(end: 0, body: -1, isLocal: false, isBrand: false)
}
