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
        /// words, names), in lower case and capitalized; then none for id `count`, which stands for
        /// every id past the table (and a negative one), so that a token's facts cost no branch.
        static func table(count: Int, matchers: [GazetteerMatcher]) -> [Facts] {
            var table: [Facts] = []
            table.reserveCapacity(count * 2 + 2)
            for syllable in 0..<Int32(count) {
                for capitalized in [false, true] {
                    var facts = Facts()
                    for (kind, matcher) in zip(kinds, matchers) where matcher.startsKey(syllable, capitalized: capitalized) {
                        facts.insert(kind)
                    }
                    table.append(facts)
                }
            }
            return table + [[], []]
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
        // The pass writes every token into each of three lists and keeps it where its facts say
        // (`Lists`): room for all the tokens in each, in one buffer neither zeroed nor kept.
        var typeWords: [Int] = [], names: [Int] = []
        var roles = [PlaceContext.TokenRoles](repeating: PlaceContext.TokenRoles(), count: text.tokens.count + 1)
        var afterLocative: [Int] = []
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * count) { buffer in
            var lists = Lists(buffer: buffer, count: count)
            lists.collect(tokens: text.tokens, syllables: syllables, facts: tables.syllableStarts)
            typeWords = Array(lists.typeWords)
            names = Array(lists.names)
            Self.markContextWords(at: lists.contextWords, text: text, tables: tables, syllables: syllables,
                                  roles: &roles, afterLocative: &afterLocative)
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

    /// The three lists of the pass, written without a branch per token (a text's mix of words and
    /// names would mispredict one every few tokens): each token is written at the end of every list,
    /// whose length grows by one where the token's facts have the list's bit.
    private struct Lists {
        /// The context words' list, then the type words', then the names', each `count` long.
        private let buffer: UnsafeMutableBufferPointer<Int>
        private let count: Int
        private var lengths = (contextWords: 0, typeWords: 0, names: 0)

        init(buffer: UnsafeMutableBufferPointer<Int>, count: Int) {
            self.buffer = buffer
            self.count = count
        }

        var contextWords: Slice<UnsafeMutableBufferPointer<Int>> { buffer[0..<lengths.contextWords] }
        var typeWords: Slice<UnsafeMutableBufferPointer<Int>> { buffer[count..<(count + lengths.typeWords)] }
        var names: Slice<UnsafeMutableBufferPointer<Int>> { buffer[(2 * count)..<(2 * count + lengths.names)] }

        /// Lists the first `count` tokens where a context word, a type word or a name may start, by
        /// their syllable ids' `facts` (`Facts.table`) in their case.
        mutating func collect(tokens: [Token], syllables: [Int32], facts: [Facts]) {
            guard let base = buffer.baseAddress else { return }
            let contextWords = base, typeWords = base + count, names = base + 2 * count
            var lengths = lengths
            tokens.withUnsafeBufferPointer { tokens in
                syllables.withUnsafeBufferPointer { ids in
                    facts.withUnsafeBufferPointer { facts in
                        // Ids past the table (and negative ones: a dash) read the empty facts after it.
                        let past = UInt32(facts.count / 2 - 1)
                        let capital = Token.Flags.initialCapital.rawValue
                        for index in 0..<count {
                            let id = Int(min(UInt32(bitPattern: ids[index]), past))
                            let capitalized = Int((tokens[index].flags.rawValue & capital) >> capital.trailingZeroBitCount)
                            let bits = facts[id &* 2 | capitalized].rawValue
                            contextWords[lengths.contextWords] = index
                            lengths.contextWords &+= Self.bit(bits, .contextWord)
                            typeWords[lengths.typeWords] = index
                            lengths.typeWords &+= Self.bit(bits, .typeWord)
                            names[lengths.names] = index
                            lengths.names &+= Self.bit(bits, .name)
                        }
                    }
                }
            }
            self.lengths = lengths
        }

        /// 1 where `bits` has `fact`, else 0, by a shift rather than a test.
        @inline(__always)
        private static func bit(_ bits: UInt8, _ fact: Facts) -> Int {
            Int((bits & fact.rawValue) >> fact.rawValue.trailingZeroBitCount)
        }
    }

    /// Marks the roles of the context words that may start at `tokens`.
    private static func markContextWords(at tokens: Slice<UnsafeMutableBufferPointer<Int>>, text: AnalyzedText, tables: PlaceTables,
                                         syllables: [Int32], roles: inout [PlaceContext.TokenRoles], afterLocative: inout [Int]) {
        roles.withUnsafeMutableBufferPointer { roles in
            for index in tokens {
                // Most context words are one syllable that no longer word starts with: read without a match.
                var found = tables.contextLeafRoles[Int(syllables[index])], end = index + 1
                if found.isEmpty {
                    guard let match = tables.contextWords.longestMatch(at: index, in: text, syllables: syllables) else { continue }
                    found = tables.contextNodeRoles[Int(match.node)]
                    end = match.tokens.upperBound
                }
                roles[end].markEnd(of: found)
                roles[index].markStart(of: found)
                if found.contains(.strongLocative), end < text.tokens.count { afterLocative.append(end) }
            }
        }
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

        /// The smaller head of the two lists, taken from its list; a token equal to the last one
        /// given (the same token in both lists, or twice in one) is passed over.
        mutating func next() -> Int? {
            while true {
                let next: Int
                if i < first.count, j == second.count || first[i] <= second[j] {
                    next = first[i]
                    i += 1
                } else if j < second.count {
                    next = second[j]
                    j += 1
                } else {
                    return nil
                }
                if next != last {
                    last = next
                    return next
                }
            }
        }
    }

    /// The tokens of two ordered lists (of token indices, never negative), in order and each once.
    static func union(_ first: [Int], _ second: [Int]) -> Union {
        Union(first, second)
    }
}
