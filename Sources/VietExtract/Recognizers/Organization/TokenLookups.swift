/// The lexicon's phrase and the known body starting at each token of one text, each looked up the
/// first time a rule asks for it.
///
/// Most tokens are never asked about (a lower-case word far from any name), and the lookup of a
/// token that starts something, a walk down a trie, costs more than all the rest of its work. A
/// slot of raw memory a token for each answer, 8 bytes, left unwritten until looked up: one bit a
/// token tells which slots are filled, so a text's tables cost a few words to clear, not a store a
/// token. No object of its own and no copy of the text: the scanner that holds the table passes
/// itself to each lookup (its text, a struct, passed alone was copied to the stack at every call,
/// looked up or not), and frees it (`deallocate()`).
struct TokenLookups {
    private let hits: UnsafeMutableBufferPointer<OrganizationLexicon.Hit>
    private let knownStarts: UnsafeMutableBufferPointer<OrganizationNameScanner.KnownStart>
    /// The filled slots, one bit a token: the hits' words, then as many for the known starts.
    private let filled: UnsafeMutableBufferPointer<UInt64>
    /// Where the known starts' words begin in `filled`.
    private let knownWords: Int

    /// The table of a text of `tokenCount` tokens, nothing looked up yet.
    init(tokenCount: Int) {
        hits = .allocate(capacity: tokenCount)
        knownStarts = .allocate(capacity: tokenCount)
        knownWords = (tokenCount + 63) >> 6
        filled = .allocate(capacity: 2 * knownWords)
        filled.initialize(repeating: 0)
    }

    /// Frees the table; its owner calls it once, when done.
    func deallocate() {
        hits.deallocate()
        knownStarts.deallocate()
        filled.deallocate()
    }

    /// Whether bit `index` of the bits from word `first` of `filled` on is set.
    @inline(__always)
    private func isFilled(_ index: Int, from first: Int) -> Bool {
        filled[first &+ index &>> 6] & (1 &<< UInt64(index & 63)) != 0
    }

    /// Sets bit `index` of the bits from word `first` of `filled` on.
    @inline(__always)
    private func fill(_ index: Int, from first: Int) {
        filled[first &+ index &>> 6] |= 1 &<< UInt64(index & 63)
    }

    /// The longest phrase of the lexicon starting at token `index` of `scanner`'s text, if any.
    /// Inlined: most calls read a slot already filled, which then costs no call.
    @inline(__always)
    func hit(at index: Int, of scanner: OrganizationNameScanner) -> OrganizationLexicon.Hit? {
        guard index >= 0, index < hits.count else { return nil }
        let hit = isFilled(index, from: 0) ? hits[index] : lookUpHit(at: index, of: scanner)
        return hit.end > 0 ? hit : nil
    }

    /// Looks up the phrase at token `index` and fills its slot.
    @inline(never)
    private func lookUpHit(at index: Int, of scanner: OrganizationNameScanner) -> OrganizationLexicon.Hit {
        let hit = scanner.lexicon.hit(at: index, in: scanner.text, syllables: scanner.syllables) ?? .none
        hits[index] = hit
        fill(index, from: 0)
        return hit
    }

    /// The known body whose name starts at token `index` of `scanner`'s text, if any. Inlined: most
    /// tokens asked about are told no by their first syllable, in their case, with one probe and no call.
    @inline(__always)
    func knownStart(at index: Int, of scanner: OrganizationNameScanner) -> OrganizationNameScanner.KnownStart? {
        guard index >= 0, index < knownStarts.count,
              scanner.known.matcher.startsKey(scanner.syllables[index],
                                              capitalized: scanner.text.tokens[index].flags.contains(.initialCapital))
        else { return nil }
        let start = isFilled(index, from: knownWords) ? knownStarts[index] : lookUpKnownStart(at: index, of: scanner)
        return start.end > 0 ? start : nil
    }

    /// Looks up the longest known name at token `index` whose capitals the text keeps, and fills its slot.
    @inline(never)
    private func lookUpKnownStart(at index: Int, of scanner: OrganizationNameScanner) -> OrganizationNameScanner.KnownStart {
        let (text, syllables, organizations) = (scanner.text, scanner.syllables, scanner.known)
        var start = OrganizationNameScanner.KnownStart.none
        if let match = organizations.matcher.longestMatch(at: index, in: text, syllables: syllables),
           let body = organizations.body(of: match, in: text) {
            start = .init(end: match.tokens.upperBound, body: body, isLocal: organizations.bodies[body].scope != .national,
                          isBrand: organizations.bodies[body].isBrand)
        }
        knownStarts[index] = start
        fill(index, from: knownWords)
        return start
    }
}

private extension OrganizationNameScanner.KnownStart {
    /// The start of a token that starts no known name (a real start ends after its token, so past 0).
    static let none = Self(end: 0, body: -1, isLocal: false, isBrand: false)
}
