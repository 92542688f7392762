/// Finds the entries of one or more gazetteers in a text, compiled once into a trie of syllables.
///
/// Entry names are normalized and segmented exactly like the text (NFC, new-style tone marks, ICU
/// word break), so a key is the list of a name's lower-cased syllables. Dashes are not part of a
/// key: one dash token between two syllables of the text is stepped over, so `Thừa Thiên - Huế`,
/// `Thừa Thiên-Huế` and `Thừa Thiên Huế` all match one entry, and the span covers the dash.
/// Matching allocates only for the matches it returns. The matcher is immutable and `Sendable`.
public struct GazetteerMatcher: Sendable {
    /// The compiled tables, shared by every copy of the matcher.
    private let trie: GazetteerTrie

    /// The names of the compiled lists, in the order given.
    public var listNames: [String] { trie.listNames }

    /// The id `syllables(of:)` gives a dash token.
    private static let dash = SyllableTable.dash

    /// Compiles `lists`; where entries share a key, earlier lists come first in a match.
    public init(_ lists: [Gazetteer]) {
        var table = SyllableTable()
        self.init(lists, interningInto: &table)
    }

    /// `sharingSyllables(_:in:)` of users' gazetteers.
    static func sharingSyllables(_ groups: [[Gazetteer]], in table: inout SyllableTable) -> [GazetteerMatcher] {
        sharingSyllables(groups.map { $0.map(List.init) }, in: &table)
    }

    /// Compiles each group of lists into a matcher, all over `table` (which other matchers may
    /// share too): one `syllables(of:)` of any of them serves them all (`matches(in:syllables:)`,
    /// `longestMatch(at:in:syllables:)`), and so do the ids of a later state of the table
    /// (`syllables(of:shared:)`), so that recognizers read a text's keys once.
    static func sharingSyllables(_ groups: [[List]], in table: inout SyllableTable) -> [GazetteerMatcher] {
        sharingSyllables(groups.map(KeyedGroup.init), in: &table)
    }

    /// `sharingSyllables(_:in:)` of groups whose keys are cut already (maybe on another thread).
    static func sharingSyllables(_ groups: [KeyedGroup], in table: inout SyllableTable) -> [GazetteerMatcher] {
        InternedGroups(groups, into: &table).matchers()
    }

    /// Groups whose key syllables are interned in a shared table, before their tries are built:
    /// interning must follow one order, for every id to stay the same; building needs only the
    /// table as it is now (the groups' own snapshot), so it may run on another thread while
    /// later groups intern.
    struct InternedGroups: Sendable {
        let groups: [KeyedGroup]
        /// The syllable ids of each group's keys, key after key.
        let paths: [[Int32]]
        /// The table with the groups' syllables, as they left it.
        let table: SyllableTable

        /// Interns every group's syllables in `table`, before any trie is built: each trie is built once,
        /// over the final table, and no trie holds the table while it grows (which would copy it at each group).
        init(_ groups: [KeyedGroup], into table: inout SyllableTable) {
            self.groups = groups
            paths = groups.map { group in
                group.keys.units.withUnsafeBufferPointer { units in group.keys.syllables.map { table.intern(units, $0) } }
            }
            self.table = table
        }

        /// A matcher of each group, in order, over `table`.
        func matchers() -> [GazetteerMatcher] {
            zip(groups, paths).map { GazetteerMatcher($0.lists, keys: $0.keys, path: $1, over: table) }
        }
    }

    /// Compiles `lists` over `table`, which other matchers may share (see `sharingSyllables(_:in:)`).
    init(_ lists: [Gazetteer], interningInto table: inout SyllableTable) {
        self = Self.sharingSyllables([lists], in: &table)[0]
    }

    /// Compiles `lists`, whose names are cut into `keys` and whose key syllables have the ids `path`
    /// in `table`.
    private init(_ lists: [List], keys: Keys, path: [Int32], over table: SyllableTable) {
        // A user's entries are copied once (each holds several strings); the rest is read from them by index.
        let entries = lists.flatMap(\.entries)
        precondition(entries.isEmpty || entries.count == keys.count, "a matcher compiles either users' lists or built-in ones")
        let entryLists = lists.indices.flatMap { repeatElement(Int32($0), count: lists[$0].names.count) }
        var root = [Int32](repeating: -1, count: table.count)
        var children = EdgeTable(capacity: keys.count)
        var nodeCount: Int32 = 1
        var hasChildren = [false]
        hasChildren.reserveCapacity(path.count + 1)  // a node per key syllable at most
        // The node each entry ends at; entries are walked in order, so a node's entries stay in order.
        var ends = [Int32](repeating: 0, count: keys.count)
        for entry in 0..<keys.count where keys.starts[entry] < keys.starts[entry + 1] {
            var node: Int32 = 0
            // By index: a slice of `path` per entry would retain and release it.
            for position in keys.starts[entry]..<keys.starts[entry + 1] {
                let syllable = path[position]
                if node == 0 {
                    if root[Int(syllable)] < 0 {
                        root[Int(syllable)] = nodeCount
                        nodeCount += 1
                        hasChildren.append(false)
                    }
                    node = root[Int(syllable)]
                } else if let child = children.child(node, syllable) {
                    node = child
                } else {
                    children.insert(node, syllable, child: nodeCount)
                    hasChildren[Int(node)] = true
                    node = nodeCount
                    nodeCount += 1
                    hasChildren.append(false)
                }
            }
            ends[entry] = node
        }
        var starts = [Int32](repeating: 0, count: Int(nodeCount) + 1)
        for node in ends where node > 0 { starts[Int(node) + 1] += 1 }
        for node in 0..<Int(nodeCount) { starts[node + 1] += starts[node] }
        var filled = starts
        var terminals = [Int32](repeating: 0, count: Int(starts[Int(nodeCount)]))
        for (entry, node) in ends.enumerated() where node > 0 {
            terminals[Int(filled[Int(node)])] = Int32(entry)
            filled[Int(node)] += 1
        }
        let masks = zip(keys.capitals, entryLists).map { lists[Int($1)].casePolicy == .insensitive ? 0 : $0 }
        var needsCapital = [Bool](repeating: true, count: table.count)
        for entry in 0..<keys.count where keys.starts[entry] < keys.starts[entry + 1] && masks[entry] & 1 == 0 {
            needsCapital[Int(path[keys.starts[entry]])] = false
        }
        var roots = (0..<table.count).map {
            GazetteerTrie.Root(child: root[$0], needsCapital: needsCapital[$0], isOwn: false)
        }
        for syllable in path { roots[Int(syllable)].isOwn = true }
        trie = GazetteerTrie(listNames: lists.map(\.name), syllableTable: table, entries: entries, entryLists: entryLists,
                             entryNumbers: lists.flatMap(\.numbers), capitalMasks: masks, roots: roots,
                             children: children, hasChildren: hasChildren, nodeEntryStarts: starts, nodeEntries: terminals)
    }

    /// The number of entries compiled.
    public var entryCount: Int { trie.entryLists.count }

    /// The syllable id of every token of `text` (negative for syllables no entry has, and dashes).
    public func syllables(of text: AnalyzedText) -> [Int32] {
        trie.syllableTable.ids(of: text)
    }

    /// `shared.ids` when they number the text over this matcher's table (a recognizer's context
    /// brings them, computed once for all the recognizers that share it), else `syllables(of:)`.
    func syllables(of text: AnalyzedText, shared: TextSyllables?) -> [Int32] {
        if let shared, trie.syllableTable.numbers(shared) { return shared.ids }
        return syllables(of: text)
    }

    /// Whether a syllable id from `syllables(of:)` is a syllable of some key of this matcher
    /// (matchers that share their syllables give ids to the others' syllables too).
    @inline(__always)
    func knows(_ syllable: Int32) -> Bool { isInTable(syllable) && trie.roots[Int(syllable)].isOwn }

    /// Whether a syllable id is one of this matcher's table: not negative, and not one that a later
    /// state of a shared table gave (`syllables(of:shared:)`).
    @inline(__always)
    private func isInTable(_ syllable: Int32) -> Bool { UInt32(bitPattern: syllable) < UInt32(trie.roots.count) }

    /// The longest match of every token that starts one, in text order (matches may overlap).
    public func matches(in text: AnalyzedText) -> [Match] {
        matches(in: text, syllables: syllables(of: text))
    }

    /// `matches(in:)`, given the text's `syllables(of:)`: every token is probed, through buffers
    /// read without bounds checks, and only the few that start a key go on to a match.
    func matches(in text: AnalyzedText, syllables: [Int32]) -> [Match] {
        var result: [Match] = []
        let count = min(syllables.count, text.tokens.count)
        text.tokens.withUnsafeBufferPointer { tokens in
            syllables.withUnsafeBufferPointer { ids in
                trie.roots.withUnsafeBufferPointer { roots in
                    for index in 0..<count {
                        // A negative id (a syllable no key has, a dash) reads as too large.
                        let id = Int(UInt32(bitPattern: ids[index]))
                        guard id < roots.count, Self.startsKey(roots[id], capitalized: tokens[index].flags.contains(.initialCapital)),
                              let match = longestMatch(at: index, from: roots[id], in: text, syllables: syllables) else { continue }
                        result.append(match)
                    }
                }
            }
        }
        return result
    }

    /// The longest match starting at token `start`, given the text's `syllables(of:)`.
    ///
    /// Inlined so that the tokens no key starts with, most of a text, cost their callers one
    /// probe and no call.
    @inline(__always)
    public func longestMatch(at start: Int, in text: AnalyzedText, syllables: [Int32]) -> Match? {
        guard start < syllables.count,
              startsKey(syllables[start], capitalized: text.tokens[start].flags.contains(.initialCapital)) else { return nil }
        return longestMatch(at: start, from: trie.roots[Int(syllables[start])], in: text, syllables: syllables)
    }

    /// The longest match starting at token `start`, whose syllable's `root` starts a key in the token's case.
    /// A token whose keys all go on, and whose next token goes on with none, costs one probe and no walk.
    @inline(__always)
    private func longestMatch(at start: Int, from root: GazetteerTrie.Root, in text: AnalyzedText, syllables: [Int32]) -> Match? {
        if root.isLeafMatch { return leafMatch(at: start, in: text, node: root.child) }
        if root.startsLongerKeysOnly, step(from: root.child, after: start, tokens: text.tokens, syllables: syllables) == nil {
            return nil
        }
        return walk(from: start, in: text, syllables: syllables)
    }

    /// Where a walk at `node`, matched up to token `index`, goes on: the next token (one dash stepped
    /// over) and the node's child along its syllable, or nil. No name runs across a line break (a
    /// title and the body's first words).
    @inline(__always)
    private func step(from node: Int32, after index: Int, tokens: [Token], syllables: [Int32]) -> (node: Int32, index: Int)? {
        var next = index + 1
        if next + 1 < tokens.count, syllables[next] == Self.dash { next += 1 }
        guard next < tokens.count, syllables[next] >= 0, !tokens[next].flags.contains(.lineBefore),
              let child = trie.children.child(node, syllables[next]) else { return nil }
        return (child, next)
    }

    /// The match at `start` of a key of one syllable that no key goes on from, which some entry
    /// accepts in any case: what `walk` would find, without walking.
    @inline(__always)
    private func leafMatch(at start: Int, in text: AnalyzedText, node: Int32) -> Match {
        let token = text.tokens[start]
        let allCapitals = token.kind != .word || token.flags.contains(.allCapitals)
        let capitals: UInt64 = token.flags.contains(.initialCapital) ? 1 : 0
        return Match(tokens: start..<(start + 1), viewRange: Int(token.start)..<Int(token.end), node: node,
                     capitals: allCapitals ? nil : capitals)
    }

    /// Whether a key starts with the syllable id `syllable` (from `syllables(of:)`) in a case its
    /// entries accept, the token being `capitalized` or not: the first test of `longestMatch`, which
    /// finds no match where it fails.
    @inline(__always)
    func startsKey(_ syllable: Int32, capitalized: @autoclosure () -> Bool) -> Bool {
        isInTable(syllable) && Self.startsKey(trie.roots[Int(syllable)], capitalized: capitalized())
    }

    /// Whether a key starts with the syllable of `root`, the token being `capitalized` or not.
    @inline(__always)
    private static func startsKey(_ root: GazetteerTrie.Root, capitalized: @autoclosure () -> Bool) -> Bool {
        root.child > 0 && (!root.needsCapital || capitalized())
    }

    /// The node of the key of the one syllable `syllable` where no key goes on from it and some entry
    /// accepts any case: the match `longestMatch` finds at a token of that syllable, without a walk.
    func leafNode(of syllable: Int32) -> Int32? {
        guard isInTable(syllable), trie.roots[Int(syllable)].isLeafMatch else { return nil }
        return trie.roots[Int(syllable)].child
    }

    /// The number of syllable ids `syllables(of:)` may give (those of matchers sharing the table included).
    var syllableCount: Int { trie.roots.count }

    /// `longestMatch(at:in:syllables:)` at a token whose syllable starts a key in a case its entries accept.
    private func walk(from start: Int, in text: AnalyzedText, syllables: [Int32]) -> Match? {
        let tokens = text.tokens
        let trie = trie
        var node = trie.roots[Int(syllables[start])].child
        var index = start
        var capitals: UInt64 = 0
        var allCapitals = true
        var depth = 0
        var best: (node: Int32, last: Int, capitals: UInt64, allCapitals: Bool)?
        while true {
            let token = tokens[index]
            if depth < 64, token.flags.contains(.initialCapital) { capitals |= 1 << UInt64(depth) }
            if token.kind == .word, !token.flags.contains(.allCapitals) { allCapitals = false }
            depth += 1
            let facts = trie.nodeFacts[Int(node)]
            if facts.contains(.hasEntries), allCapitals || facts.contains(.acceptsAnyCase) || accepts(node, facts, capitals: capitals) {
                best = (node, index, capitals, allCapitals)
            }
            guard facts.contains(.hasChildren), let next = step(from: node, after: index, tokens: tokens, syllables: syllables) else { break }
            (node, index) = next
        }
        guard let best else { return nil }
        return Match(tokens: start..<(best.last + 1), viewRange: Int(tokens[start].start)..<Int(tokens[best.last].end),
                     node: best.node, capitals: best.allCapitals ? nil : best.capitals)
    }

    /// The entries of `match` whose case policy accepts the text.
    @inline(__always)
    public func entries(of match: Match) -> MatchedEntries {
        MatchedEntries(slots: Int(trie.nodeEntryStarts[Int(match.node)])..<Int(trie.nodeEntryStarts[Int(match.node) + 1]),
                       capitals: match.capitals, trie: trie)
    }

    /// The number of nodes of the trie; a match's node is one of them.
    var nodeCount: Int { trie.nodeEntryStarts.count - 1 }

    /// The positions of the entries whose keys end at `node`, whatever their capitals, in order:
    /// for a table that reads its entries once per node rather than once per match.
    func entries(ofNode node: Int) -> ArraySlice<Int32> {
        trie.nodeEntries[Int(trie.nodeEntryStarts[node])..<Int(trie.nodeEntryStarts[node + 1])]
    }

    /// The compiled entry at `position` (from `entries(of:)`), of a matcher of users' gazetteers.
    public func entry(at position: Int) -> GazetteerEntry { trie.entries[position] }

    /// The index in `listNames` of the list the entry at `position` came from.
    public func list(ofEntry position: Int) -> Int { Int(trie.entryLists[position]) }

    /// The id of the entry at `position` read as a number, if it is one: the index of its record in
    /// the built-in table it was made from.
    func number(ofEntry position: Int) -> Int? {
        let number = trie.entryNumbers[position]
        return number >= 0 ? Int(number) : nil
    }

    /// Whether some entry ending at `node` (of `facts`) accepts `capitals` (the slow case: a node whose
    /// every entry wants some syllables capitalized, in a text not in all capitals). The capitals all
    /// its entries want settle it, but for a node whose entries want capitals no one entry wants alone.
    @inline(__always)
    private func accepts(_ node: Int32, _ facts: GazetteerTrie.NodeFacts, capitals: UInt64) -> Bool {
        guard facts.sharedCapitals & ~capitals == 0 else { return false }
        return facts.contains(.sharedCapitalsAreAnEntrys) || acceptsByEntry(node, capitals: capitals)
    }

    /// `accepts`, read from the node's entries one by one.
    private func acceptsByEntry(_ node: Int32, capitals: UInt64) -> Bool {
        let slots = Int(trie.nodeEntryStarts[Int(node)])..<Int(trie.nodeEntryStarts[Int(node) + 1])
        return slots.contains { trie.capitalMasks[Int(trie.nodeEntries[$0])] & ~capitals == 0 }
    }
}
