/// The tokens of a text where a place rule may start, and the context words around each token,
/// found in one pass over its syllables, so that the recognizer's loops visit these tokens and not
/// every token of the text.
///
/// A token is listed where a key of the type words or the names starts with its syllable in a case
/// those keys accept: where `GazetteerMatcher.longestMatch` may find a match, and nowhere else. A
/// context word is matched where the pass meets it, and its roles marked on the tokens around it.
struct PlaceStarts {
    /// What keys start at a token (context words, type words, names), by its syllable id and case:
    /// `table(...)[id * 2 + 1]` for a capitalized token, `[id * 2]` for one in lower case, so that a
    /// token costs one load.
    struct Facts: OptionSet, Sendable {
        let rawValue: UInt8
        static let contextWord = Facts(rawValue: 1 << 0)
        static let typeWord = Facts(rawValue: 1 << 1)
        static let name = Facts(rawValue: 1 << 2)
        /// The three matchers' facts, in the order of the bits.
        private static let kinds: [Facts] = [.contextWord, .typeWord, .name]

        init(rawValue: UInt8) { self.rawValue = rawValue }

        /// The facts of every syllable id below `count` for the three matchers (context words, type
        /// words, names), in lower case and capitalized.
        static func table(count: Int, matchers: [GazetteerMatcher]) -> [Facts] {
            var table: [Facts] = []
            table.reserveCapacity(count * 2)
            for syllable in 0..<Int32(count) {
                for capitalized in [false, true] {
                    var facts = Facts()
                    for (kind, matcher) in zip(kinds, matchers) where matcher.startsKey(syllable, capitalized: capitalized) {
                        facts.insert(kind)
                    }
                    table.append(facts)
                }
            }
            return table
        }
    }

    /// The syllable id of every token (`PlaceTables.names.syllables(of:shared:)`, shared by the three
    /// matchers; ids past their table are syllables they lack).
    let syllables: [Int32]
    /// The tokens where a type word may start, in order.
    let typeWords: [Int]
    /// The tokens where a listed name may start, in order.
    let names: [Int]
    /// For each token (and the end of the text), the roles of the context words that end right
    /// before it and that start at it.
    let roles: [PlaceContext.TokenRoles]
    /// The tokens right after a strong locative (`ở`, `tại`), in order (some maybe twice): where an
    /// unlisted foreign name may start.
    let tokensAfterStrongLocative: [Int]

    /// The starts of `text`, whose syllable ids are `shared` when they number it over the tables' syllables.
    init(text: AnalyzedText, tables: PlaceTables, shared: TextSyllables? = nil) {
        let syllables = tables.names.syllables(of: text, shared: shared)
        let count = min(syllables.count, text.tokens.count)
        // Room for every token in each list: no list grows (nor is copied) while the loop appends.
        var typeWords: [Int] = [], names: [Int] = [], afterLocative: [Int] = []
        typeWords.reserveCapacity(count)
        names.reserveCapacity(count)
        var roles = [PlaceContext.TokenRoles](repeating: PlaceContext.TokenRoles(), count: text.tokens.count + 1)
        text.tokens.withUnsafeBufferPointer { tokens in
            syllables.withUnsafeBufferPointer { ids in
                tables.syllableStarts.withUnsafeBufferPointer { facts in
                    let syllableCount = facts.count / 2
                    for index in 0..<count {
                        // A negative id (no syllable of the tables, a dash) reads as too large.
                        let id = Int(UInt32(bitPattern: ids[index]))
                        guard id < syllableCount else { continue }
                        let starting = facts[id &* 2 | (tokens[index].flags.contains(.initialCapital) ? 1 : 0)]
                        if starting.isEmpty { continue }
                        if starting.contains(.contextWord) {
                            Self.markContextWord(at: index, id: id, text: text, tables: tables, syllables: syllables,
                                                 roles: &roles, afterLocative: &afterLocative)
                        }
                        if starting.contains(.typeWord) { typeWords.append(index) }
                        if starting.contains(.name) { names.append(index) }
                    }
                }
            }
        }
        // Matches end in order of their starts, not always of their ends (a token twice is read once:
        // the recognizer merges the list with `PlaceStarts.union`).
        afterLocative.sort()
        self.syllables = syllables
        self.typeWords = typeWords
        self.names = names
        self.roles = roles
        tokensAfterStrongLocative = afterLocative
    }

    /// Marks the roles of the context word that may start at token `index`, of syllable `id`, if one does.
    @inline(__always)
    private static func markContextWord(at index: Int, id: Int, text: AnalyzedText, tables: PlaceTables, syllables: [Int32],
                                        roles: inout [PlaceContext.TokenRoles], afterLocative: inout [Int]) {
        // Most context words are one syllable that no longer word starts with: read without a match.
        var found = tables.contextLeafRoles[id], end = index + 1
        if found.isEmpty {
            guard let match = tables.contextWords.longestMatch(at: index, in: text, syllables: syllables) else { return }
            found = tables.contextNodeRoles[Int(match.node)]
            end = match.tokens.upperBound
        }
        roles[end].markEnd(of: found)
        roles[index].markStart(of: found)
        if found.contains(.strongLocative), end < text.tokens.count { afterLocative.append(end) }
    }
}

extension PlaceStarts {
    /// The tokens of two ordered lists, in order and each once, read as they merge (nothing is allocated).
    struct Union: Sequence, IteratorProtocol {
        private let first: [Int], second: [Int]
        private var i = 0, j = 0
        private var last = -1

        init(_ first: [Int], _ second: [Int]) {
            self.first = first
            self.second = second
        }

        mutating func next() -> Int? {
            while i < first.count || j < second.count {
                let next = j == second.count || i < first.count && first[i] <= second[j] ? first[i] : second[j]
                if i < first.count, first[i] == next { i += 1 }
                if j < second.count, second[j] == next { j += 1 }
                if next != last {
                    last = next
                    return next
                }
            }
            return nil
        }
    }

    /// The tokens of two ordered lists (of token indices, never negative), in order and each once.
    static func union(_ first: [Int], _ second: [Int]) -> Union {
        Union(first, second)
    }
}
