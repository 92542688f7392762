extension GazetteerMatcher {
    /// The longest key found at one place of a text; `entries(of:)` gives its entries.
    public struct Match: Sendable {
        /// The matched tokens (indices into `AnalyzedText.tokens`).
        public let tokens: Range<Int>
        /// The matched span in the normalized view.
        public let viewRange: Range<Int>
        /// The trie node the key ends at.
        let node: Int32
        /// The key syllables the text capitalizes (bit k: syllable k), or nil when it is all in capitals.
        let capitals: UInt64?
    }

    /// The entries of a match whose case policy accepts the text, as positions in the compiled
    /// entries (list after list, each in its order); reading them allocates nothing.
    public struct MatchedEntries: Sequence, IteratorProtocol, Sendable {
        /// The node's slots in `trie.nodeEntries` not read yet.
        private var slots: Range<Int>
        private let capitals: UInt64?
        private let trie: GazetteerTrie

        init(slots: Range<Int>, capitals: UInt64?, trie: GazetteerTrie) {
            self.slots = slots
            self.capitals = capitals
            self.trie = trie
        }

        public mutating func next() -> Int? {
            while let slot = slots.popFirst() {
                let entry = Int(trie.nodeEntries[slot])
                if let capitals, trie.capitalMasks[entry] & ~capitals != 0 { continue }
                return entry
            }
            return nil
        }

        /// The first entry, if any.
        public var first: Int? {
            var copy = self
            return copy.next()
        }
    }
}
