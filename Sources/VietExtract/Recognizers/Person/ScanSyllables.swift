/// What the person scan's pass over every token reads of a syllable, by its id in the title trie
/// (`PersonLexicon.titles.syllables(of:)`), in one byte: a small table read with one load and no
/// branch, where the lexicon's own tables (several loads into larger ones) miss the cache.
struct ScanSyllables: Sendable {
    /// The facts of one syllable.
    struct Facts: OptionSet, Sendable {
        let rawValue: UInt8
        /// Some title starts with the syllable, in some case (`TitleStarts.firsts`).
        static let titleFirst = Facts(rawValue: 1 << 0)
        /// The syllable is some epithet's (`epithets.knows`).
        static let epithet = Facts(rawValue: 1 << 1)
        /// The syllable is a word for a kind of thing (`PersonLexicon.Facts.thingWord`).
        static let thingWord = Facts(rawValue: 1 << 2)
    }

    /// By syllable id, then none for every id past the table (and a negative one: see `facts(_:)`).
    private let table: [Facts]

    /// The facts of every syllable id the lexicon's tables know.
    init(lexicon: PersonLexicon) {
        let count = max(lexicon.titleStarts.firsts.count, lexicon.epithets.syllableCount, lexicon.nameMappedCount)
        var table = [Facts](repeating: [], count: count + 1)
        for id in 0..<count {
            let syllable = Int32(id)
            if id < lexicon.titleStarts.firsts.count, lexicon.titleStarts.firsts[id] { table[id].insert(.titleFirst) }
            if lexicon.epithets.knows(syllable) { table[id].insert(.epithet) }
            if lexicon.facts(lexicon.nameID(syllable)).contains(.thingWord) { table[id].insert(.thingWord) }
        }
        self.table = table
    }

    /// Calls `body` with a reader of the table through a buffer.
    func withReader<Result>(_ body: (Reader) -> Result) -> Result {
        table.withUnsafeBufferPointer { body(Reader(table: $0)) }
    }

    /// The table read through a buffer, with no bounds check nor branch.
    struct Reader {
        fileprivate let table: UnsafeBufferPointer<Facts>

        /// The facts of syllable id `syllable` (none past the table, or for a negative id).
        @inline(__always)
        func facts(_ syllable: Int32) -> UInt8 {
            table[Int(min(UInt32(bitPattern: syllable), UInt32(table.count &- 1)))].rawValue
        }
    }
}
