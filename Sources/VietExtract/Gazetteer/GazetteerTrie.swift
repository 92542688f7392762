/// The compiled tables of a `GazetteerMatcher`, in one immutable object.
///
/// A matcher is a struct that recognizers keep and pass around; holding its dozen arrays behind one
/// reference makes copying it one retain, not one per array, and a walk reads them all through it.
final class GazetteerTrie: Sendable {
    /// What the root knows of one syllable.
    struct Root: Sendable {
        /// The root's child along the syllable, or -1.
        var child: Int32
        /// Whether every entry the syllable starts wants it capitalized: such a syllable written in
        /// lower case starts no match, which most tokens of a text are.
        var needsCapital: Bool
        /// Whether some key of this matcher has the syllable.
        var isOwn: Bool
        /// Whether the child is a leaf with an entry in any case: the match there is the one token,
        /// found without a walk.
        var isLeafMatch = false
        /// Whether no key of one syllable ends at the child: a match needs the next token to go on,
        /// which most tokens fail at once.
        var startsLongerKeysOnly = false
    }

    /// What a walk needs to know of a node, in two bytes: flags in the low byte and, in the high
    /// one, the low eight bits of the capitals that every entry ending at the node wants (the
    /// intersection of their `capitalMasks`), so that one load tells most nodes' case too.
    struct NodeFacts: OptionSet, Sendable {
        let rawValue: UInt16
        /// The node has children: a walk stops at a leaf without probing `children`.
        static let hasChildren = NodeFacts(rawValue: 1 << 0)
        /// Some key ends at the node.
        static let hasEntries = NodeFacts(rawValue: 1 << 1)
        /// Some key ending at the node accepts any capitals (`capitalMasks` 0): no entry need be read.
        static let acceptsAnyCase = NodeFacts(rawValue: 1 << 2)
        /// `sharedCapitals` are the whole intersection and some entry's mask: capitals that hold
        /// them are accepted.
        static let sharedCapitalsAreAnEntrys = NodeFacts(rawValue: 1 << 3)

        /// The facts with `shared`'s low eight bits as `sharedCapitals`.
        func sharing(_ shared: UInt64) -> NodeFacts {
            NodeFacts(rawValue: rawValue | UInt16(truncatingIfNeeded: shared & 0xFF) << 8)
        }

        /// Capitals that every entry ending at the node wants (all of them, with
        /// `sharedCapitalsAreAnEntrys`): a text's capitals that lack one match no entry there.
        var sharedCapitals: UInt64 { UInt64(rawValue >> 8) }
    }

    /// The names of the compiled lists, in the order given.
    let listNames: [String]
    let syllableTable: SyllableTable
    /// Users' entries (`GazetteerMatcher.List.entries`); none for built-in tables.
    let entries: [GazetteerEntry]
    let entryLists: [Int32]
    /// Each entry's id read as a number (-1 when it is none): built-in tables index their records by it.
    let entryNumbers: [Int32]
    /// For each entry, the key syllables that must start with a capital (bit k: syllable k).
    let capitalMasks: [UInt64]
    /// What the root knows of each syllable id, in one array so that the test every token of a
    /// text goes through reads one place.
    let roots: [Root]
    /// Children below the root.
    let children: EdgeTable
    let nodeFacts: [NodeFacts]
    /// Node n's entries are `nodeEntries[nodeEntryStarts[n]..<nodeEntryStarts[n + 1]]`.
    let nodeEntryStarts: [Int32]
    let nodeEntries: [Int32]

    /// The tables of a trie just compiled; `nodeFacts` and the roots' `isLeafMatch` are worked out here.
    init(listNames: [String], syllableTable: SyllableTable, entries: [GazetteerEntry], entryLists: [Int32],
         entryNumbers: [Int32], capitalMasks: [UInt64], roots: [Root], children: EdgeTable,
         hasChildren: [Bool], nodeEntryStarts: [Int32], nodeEntries: [Int32]) {
        let nodeFacts = hasChildren.indices.map { node in
            let slots = Int(nodeEntryStarts[node])..<Int(nodeEntryStarts[node + 1])
            var facts: NodeFacts = hasChildren[node] ? .hasChildren : []
            guard !slots.isEmpty else { return facts }
            facts.insert(.hasEntries)
            let shared = slots.reduce(UInt64.max) { $0 & capitalMasks[Int(nodeEntries[$1])] }
            if shared == 0 && slots.contains(where: { capitalMasks[Int(nodeEntries[$0])] == 0 }) { facts.insert(.acceptsAnyCase) }
            if shared < 0x100 && slots.contains(where: { capitalMasks[Int(nodeEntries[$0])] == shared }) {
                facts.insert(.sharedCapitalsAreAnEntrys)
            }
            return facts.sharing(shared)
        }
        var roots = roots
        for index in roots.indices where roots[index].child > 0 {
            let facts = nodeFacts[Int(roots[index].child)]
            roots[index].isLeafMatch = !facts.contains(.hasChildren) && facts.contains([.hasEntries, .acceptsAnyCase])
            roots[index].startsLongerKeysOnly = !facts.contains(.hasEntries)
        }
        self.listNames = listNames
        self.syllableTable = syllableTable
        self.entries = entries
        self.entryLists = entryLists
        self.entryNumbers = entryNumbers
        self.capitalMasks = capitalMasks
        self.roots = roots
        self.children = children
        self.nodeFacts = nodeFacts
        self.nodeEntryStarts = nodeEntryStarts
        self.nodeEntries = nodeEntries
    }
}
