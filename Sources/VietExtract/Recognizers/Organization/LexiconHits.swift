/// The lexicon's phrase at each token of one text, each looked up the first time a rule asks for it.
///
/// Most tokens are never asked about (a lower-case word far from any name), and the lookup of a
/// token that starts a phrase, a walk down the trie, costs more than all the rest of its work. The
/// table is shared by the copies of the scanner that holds it; its slots are raw memory, so a
/// lookup pays no exclusivity check.
final class LexiconHits {
    private let lexicon: OrganizationLexicon
    private let text: AnalyzedText
    private let syllables: [Int32]
    /// The lexicon's `startRoles`, held here: one load nearer than through the lexicon.
    private let startRoles: [OrganizationLexicon.Roles]
    /// One slot per token: `Hit.unread` until looked up, then the hit or `Hit.none`.
    private let slots: UnsafeMutableBufferPointer<OrganizationLexicon.Hit>

    /// The table of `text`, whose `lexicon.syllables(of:)` is `syllables`.
    init(text: AnalyzedText, lexicon: OrganizationLexicon, syllables: [Int32]) {
        self.lexicon = lexicon
        self.text = text
        self.syllables = syllables
        startRoles = lexicon.startRoles
        slots = .allocate(capacity: text.tokens.count)
        slots.initialize(repeating: .unread)
    }

    deinit { slots.deallocate() }

    /// The longest phrase of the lexicon starting at token `index`, if any. Inlined: most calls
    /// read a slot already filled, which then costs no call.
    @inline(__always)
    func hit(at index: Int) -> OrganizationLexicon.Hit? {
        guard index >= 0, index < slots.count else { return nil }
        var hit = slots[index]
        if hit.end < 0 { hit = lookUp(at: index) }
        return hit.end > 0 ? hit : nil
    }

    /// Looks up the phrase at token `index` and fills its slot.
    @inline(never)
    private func lookUp(at index: Int) -> OrganizationLexicon.Hit {
        let hit = lexicon.hit(at: index, in: text, syllables: syllables) ?? .none
        slots[index] = hit
        return hit
    }

    /// Whether the phrase at token `index` may have one of `roles` (among
    /// `OrganizationLexicon.firstRoles`), by its first syllable alone (no lookup): when not, it has none.
    func mayStart(_ roles: OrganizationLexicon.Roles, at index: Int) -> Bool {
        let syllable = Int(syllables[index])
        return syllable >= 0 && syllable < startRoles.count && !startRoles[syllable].isDisjoint(with: roles)
    }
}
