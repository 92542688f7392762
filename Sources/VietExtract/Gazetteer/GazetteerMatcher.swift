/// Finds the entries of one or more gazetteers in a text, compiled once into a trie of syllables.
///
/// Entry names are normalized and segmented exactly like the text (NFC, new-style tone marks, ICU
/// word break), so a key is the list of a name's lower-cased syllables. Dashes are not part of a
/// key: one dash token between two syllables of the text is stepped over, so `Thừa Thiên - Huế`,
/// `Thừa Thiên-Huế` and `Thừa Thiên Huế` all match one entry, and the span covers the dash.
/// Matching allocates only for the matches it returns. The matcher is immutable and `Sendable`.
public struct GazetteerMatcher: Sendable {
    /// The entries found at one place of a text.
    public struct Match: Sendable {
        /// The matched tokens (indices into `AnalyzedText.tokens`).
        public let tokens: Range<Int>
        /// The matched span in the normalized view.
        public let viewRange: Range<Int>
        /// Every entry with this key whose case policy accepts the text, in list order, then entry order.
        public let entries: [GazetteerEntry]
        /// For each of `entries`, the index of its list in `listNames`.
        public let lists: [Int]
    }

    /// The names of the compiled lists, in the order given.
    public let listNames: [String]
    private let syllableTable: SyllableTable
    private let entries: [GazetteerEntry]
    private let entryLists: [Int32]
    /// For each entry, the key syllables that must start with a capital (bit k: syllable k).
    private let capitalMasks: [UInt64]
    /// The child of the root for each syllable id.
    private let rootChildren: [Int32]
    /// Children below the root.
    private let children: EdgeTable
    /// Node n's entries are `nodeEntries[nodeEntryStarts[n]..<nodeEntryStarts[n + 1]]`.
    private let nodeEntryStarts: [Int32]
    private let nodeEntries: [Int32]

    /// The id `syllables(of:)` gives a dash token.
    private static let dash: Int32 = -2

    /// Compiles `lists`; where entries share a key, earlier lists come first in a match.
    public init(_ lists: [Gazetteer]) {
        listNames = lists.map(\.name)
        let flat = lists.enumerated().flatMap { index, list in list.entries.map { (index, $0, list.casePolicy) } }
        entries = flat.map(\.1)
        entryLists = flat.map { Int32($0.0) }
        let keys = Self.keys(of: flat.map(\.1.name))
        var table = SyllableTable(capacity: flat.count)
        let path = keys.units.withUnsafeBufferPointer { units in keys.syllables.map { table.intern(units, $0) } }
        var root = [Int32](repeating: -1, count: table.count)
        var children = EdgeTable(capacity: flat.count)
        var nodeCount: Int32 = 1
        // The node each entry ends at; entries are walked in order, so a node's entries stay in order.
        var ends = [Int32](repeating: 0, count: keys.count)
        for entry in 0..<keys.count where keys.starts[entry] < keys.starts[entry + 1] {
            var node: Int32 = 0
            for syllable in path[keys.starts[entry]..<keys.starts[entry + 1]] {
                if node == 0 {
                    if root[Int(syllable)] < 0 { root[Int(syllable)] = nodeCount; nodeCount += 1 }
                    node = root[Int(syllable)]
                } else if let child = children.child(node, syllable) {
                    node = child
                } else {
                    children.insert(node, syllable, child: nodeCount)
                    node = nodeCount
                    nodeCount += 1
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
        syllableTable = table
        capitalMasks = zip(keys.capitals, flat).map { $1.2 == .insensitive ? 0 : $0 }
        rootChildren = root
        self.children = children
        nodeEntryStarts = starts
        nodeEntries = terminals
    }

    /// The number of entries compiled.
    public var entryCount: Int { entries.count }

    /// The syllable id of every token of `text` (negative for syllables no entry has, and dashes).
    public func syllables(of text: AnalyzedText) -> [Int32] {
        text.view.units.withUnsafeBufferPointer { units in
            text.tokens.map { token in
                if token.length == 1, UTF16Letters.isDash(units[Int(token.start)]) { return Self.dash }
                return syllableTable.lookup(units, token.range)
            }
        }
    }

    /// The longest match of every token that starts one, in text order (matches may overlap).
    public func matches(in text: AnalyzedText) -> [Match] {
        let syllables = syllables(of: text)
        var result: [Match] = []
        for index in syllables.indices where syllables[index] >= 0 && rootChildren[Int(syllables[index])] >= 0 {
            if let match = longestMatch(at: index, in: text, syllables: syllables) { result.append(match) }
        }
        return result
    }

    /// The longest match starting at token `start`, given the text's `syllables(of:)`.
    public func longestMatch(at start: Int, in text: AnalyzedText, syllables: [Int32]) -> Match? {
        let tokens = text.tokens
        var node: Int32 = 0
        var index = start
        var capitals: UInt64 = 0
        var allCapitals = true
        var depth = 0
        var best: (node: Int32, last: Int, capitals: UInt64, allCapitals: Bool)?
        while index < tokens.count {
            let syllable = syllables[index]
            guard syllable >= 0 else { break }
            if node == 0 {
                node = rootChildren[Int(syllable)]
            } else {
                node = children.child(node, syllable) ?? -1
            }
            guard node > 0 else { break }
            let token = tokens[index]
            if depth < 64, token.flags.contains(.initialCapital) { capitals |= 1 << UInt64(depth) }
            if token.kind == .word, !token.flags.contains(.allCapitals) { allCapitals = false }
            depth += 1
            if accepts(node, capitals: capitals, allCapitals: allCapitals) {
                best = (node, index, capitals, allCapitals)
            }
            index += 1
            if index + 1 < tokens.count, syllables[index] == Self.dash { index += 1 }
        }
        guard let best else { return nil }
        var found: [GazetteerEntry] = []
        var lists: [Int] = []
        for slot in Int(nodeEntryStarts[Int(best.node)])..<Int(nodeEntryStarts[Int(best.node) + 1]) {
            let entry = Int(nodeEntries[slot])
            guard best.allCapitals || capitalMasks[entry] & ~best.capitals == 0 else { continue }
            found.append(entries[entry])
            lists.append(Int(entryLists[entry]))
        }
        return Match(tokens: start..<(best.last + 1), viewRange: Int(tokens[start].start)..<Int(tokens[best.last].end),
                     entries: found, lists: lists)
    }

    /// Whether some entry ending at `node` accepts the capitals seen.
    @inline(__always)
    private func accepts(_ node: Int32, capitals: UInt64, allCapitals: Bool) -> Bool {
        let range = Int(nodeEntryStarts[Int(node)])..<Int(nodeEntryStarts[Int(node) + 1])
        if range.isEmpty { return false }
        if allCapitals { return true }
        for slot in range where capitalMasks[Int(nodeEntries[slot])] & ~capitals == 0 { return true }
        return false
    }
}
