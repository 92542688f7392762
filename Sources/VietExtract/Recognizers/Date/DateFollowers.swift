/// What must follow a word for the table-led forms it starts to go on, read off the tables once, so
/// that `DateGrammar.goingOn` answers for all of them with one probe instead of matching each table:
/// the pairs of a word and the next word that begin a phrase of two syllables or more (`hàng tuần`,
/// `Quốc khánh`, `đầu tháng`, `một năm`), and the forms a word goes on with alone (`sáng`, `Noel`, `nửa`).
///
/// A pair says only that some phrase begins with it, so the test is looser than the tables, never stricter.
struct DateFollowers: Sendable {
    /// The forms that go on at a word, by the pair of its key and the next word's key (see `SyllableKeys.pair`).
    private let pairs: KeyedTable<DateStarts>
    /// The keys of `pairs`, to turn away most pairs before the probe.
    private let pairFilter: KeyFilter

    init(_ builder: Builder) {
        pairs = KeyedTable(builder.pairs.map { ($0.key, $0.value) })
        pairFilter = KeyFilter(Array(builder.pairs.keys))
    }

    /// Whether some form may go on at a word whose key is `first` before a word whose key is `second`
    /// (false: `starts(_:before:)` is surely empty).
    @inline(__always)
    func mayGoOn(_ first: UInt64, before second: UInt64) -> Bool {
        pairFilter.mayContain(SyllableKeys.pair(first, second))
    }

    /// The forms that go on at a word whose key is `first` before a word whose key is `second`.
    @inline(__always)
    func starts(_ first: UInt64, before second: UInt64) -> DateStarts {
        pairs.value(for: SyllableKeys.pair(first, second)) ?? []
    }

    /// The pairs and the words alone, gathered from the tables.
    struct Builder {
        fileprivate var pairs: [UInt64: DateStarts] = [:]
        /// The forms each word goes on with whatever follows it.
        private(set) var alone: [UInt64: DateStarts] = [:]

        /// A phrase of a table-led form, as its syllables' keys: its first pair, or its word alone.
        mutating func add(phrase keys: [UInt64], _ starts: DateStarts) {
            if keys.count == 1 {
                alone[keys[0], default: []].formUnion(starts)
            } else {
                pairs[SyllableKeys.pair(keys[0], keys[1]), default: []].formUnion(starts)
            }
        }

        /// A word whose forms go on before any of `next`.
        mutating func add(_ word: UInt64, before next: [UInt64], _ starts: DateStarts) {
            for second in next { pairs[SyllableKeys.pair(word, second), default: []].formUnion(starts) }
        }

        /// A word whose forms go on whatever follows it.
        mutating func add(alone word: UInt64, _ starts: DateStarts) {
            alone[word, default: []].formUnion(starts)
        }
    }
}

/// A word some parser tests first: the parsers it can start, and those among them that go on
/// whatever follows (see `DateFollowers`).
struct DateStarter: Sendable {
    let starts: DateStarts
    let alone: DateStarts
}
