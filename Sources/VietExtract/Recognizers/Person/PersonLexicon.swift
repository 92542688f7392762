/// The name and title tables of `Resources/people/`, compiled once for `PersonRecognizer`.
///
/// Name syllables (surnames, middle names, given names) are interned in the `SyllableTable` the
/// titles are compiled over, so a token's facts are read through the syllable id the titles need
/// anyway; titles are a case-insensitive trie (their abbreviations, such as `GS.TS` or `HLV`,
/// match only as written). A class: each pass over a text holds it by one reference, not its many tables.
final class PersonLexicon: Sendable {
    /// What the name lists say about one syllable.
    struct Facts: OptionSet, Sendable {
        let rawValue: UInt32
        static let surname = Facts(rawValue: 1 << 0)
        static let middle = Facts(rawValue: 1 << 1)
        static let given = Facts(rawValue: 1 << 2)
        /// The first syllable of a compound surname (`Tôn` of `Tôn Thất`).
        static let compoundStart = Facts(rawValue: 1 << 3)
        /// A lower-case word that ends a role's complement (`cho`, `và`).
        static let stop = Facts(rawValue: 1 << 4)
        /// A given name that, alone and capitalized in a sentence, is rather a common noun's start (`Chính`, `Hội`).
        static let notAlone = Facts(rawValue: 1 << 5)
        /// A word of foreign names of things (`League`, `Bank`, `The`).
        static let foreignThing = Facts(rawValue: 1 << 6)
        /// The first word of a body's name (`Sở`, `Công`, `Viện`), which a role names rather than a person.
        static let bodyHead = Facts(rawValue: 1 << 7)
        /// A surname of an ethnic minority (`Giàng`, `Lò`, `Vừ`).
        static let minority = Facts(rawValue: 1 << 8)
        /// A word that introduces a byline or credit (`Ảnh`, `Theo`).
        static let creditWord = Facts(rawValue: 1 << 9)
        /// A word for a kind of thing or place before its name (`tiếng`, `nhãn hiệu`, `chiếc`).
        static let thingWord = Facts(rawValue: 1 << 10)
        /// A lower-case particle inside a foreign name (`da`, `van`, `del`).
        static let particle = Facts(rawValue: 1 << 11)
        /// A middle name that marks a Vietnamese name whatever the surname (`Thị`).
        static let marker = Facts(rawValue: 1 << 12)
        /// A word that makes the word for a thing after it part of another word (`nổi` of `nổi tiếng`).
        static let thingCancel = Facts(rawValue: 1 << 13)
        /// A word after which a lone capitalized word is a person (`của`, `gặp`).
        static let personBefore = Facts(rawValue: 1 << 14)
        /// A lower-case word after which a given name opening a sentence is its subject (`đã`, `ơi`).
        static let subjectFollower = Facts(rawValue: 1 << 15)
        /// A given name that, opening a sentence, is rather a conjunction or an adverb (`Như`, `Nhất`).
        static let opening = Facts(rawValue: 1 << 16)
        /// A lower-case second syllable that makes a capitalized given name a common noun (`quân` of `Hải quân`).
        static let nounTail = Facts(rawValue: 1 << 17)
    }

    /// How a title introduces a name (the `kind` column of `titles.tsv`).
    enum TitleKind: String, Sendable {
        /// `ông`, `bà`, `đồng chí`: a capital after it is a name.
        case honorific
        /// `anh`, `chị`, `cô`…: also everyday words; a title only in lower case or at a sentence start.
        case weak
        /// `nguyên`, `cựu`, `tân`: a title only before another title.
        case modifier
        /// An office, rank, degree or occupation.
        case role
        /// A common noun that holds a title word and is no title (`đàn ông`).
        case noun
    }

    /// One row of `epithets.tsv`: a word that names Hồ Chí Minh (`Bác`, `Người`).
    struct Epithet: Sendable {
        let canonical: String
        /// Whether the word counts only in a text that names him otherwise too.
        let needsContext: Bool
    }

    /// One row of `titles.tsv`.
    struct TitleRecord: Sendable {
        let title: String
        let kind: TitleKind
    }

    /// The id each syllable of the table (as the names left it) reads as: its own, or that of the
    /// other tone spelling.
    private let canonicalIDs: [Int32]
    private let facts: [Facts]
    private let weights: [Float]
    /// Compound surnames as `first << 32 | second` syllable ids.
    private let compounds: Set<UInt64>
    /// Two-syllable given names (`Thúy Vân`, `Đông Nhi`), the same way.
    private let givenPairs: Set<UInt64>
    /// Titles and their abbreviations; an entry's id indexes `titleRecords`. It shares its syllable
    /// ids with `epithets`: one `titles.syllables(of:)` serves both.
    let titles: GazetteerMatcher
    let titleRecords: [TitleRecord]
    /// What may start a title, tested before `titles` walks.
    let titleStarts: TitleStarts
    /// Epithets, written as in the table (case matters); an entry's id indexes `epithetRecords`.
    let epithets: GazetteerMatcher
    let epithetRecords: [Epithet]

    /// The lexicon, its names, titles and epithets interned into `table` (which other recognizers may share).
    convenience init(syllables table: inout SyllableTable) throws(ResourceError) {
        try self.init(try Loaded(), syllables: &table)
    }

    /// The lexicon of the `loaded` tables, their names, titles and epithets interned into `table`.
    init(_ loaded: Loaded, syllables table: inout SyllableTable) throws(ResourceError) {
        let titleTable = loaded.titles, thingWords = loaded.thingWords, epithetTable = loaded.epithets
        var facts: [Facts] = []
        var weights: [Float] = []
        var compounds: Set<UInt64> = []
        var givenPairs: Set<UInt64> = []
        var canonical: [Int32] = []
        /// The id that a syllable spelled both ways reads as, by the id of the syllable as written: the
        /// lists repeat syllables, whose spellings are worked out once.
        var spelled: [Int32: Int32] = [:]
        /// The field `column` of every row of `table`, its column found once rather than hashed per row.
        func fields(_ column: String, of table: TSVTable) -> [String] {
            let index = table.column(column)
            return table.rows.map { $0[field: index] }
        }
        /// The ids of the syllables of each of `names`; the other tone spelling of each (`Thuỳ` for
        /// `Thùy`) is interned too and reads as the same id.
        func intern(_ names: [Loaded.Cut]) -> [[Int32]] {
            let ids = names.map { units, words in
                words.map { word in
                    // Most syllables have one spelling, interned from the name's units in place.
                    guard ToneSpelling.mayHaveTwo(units[word.upperBound - 1]) else {
                        return units.withUnsafeBufferPointer { table.intern($0, word) }
                    }
                    let key = units.withUnsafeBufferPointer { SyllableKeys.hash($0, word) }
                    if let known = spelled[table.lookup(key)] { return known }
                    let spellings = ToneSpelling.spellings(of: UTF16Transcoder.string(of: units[word])).map { Array($0.utf16) }
                    let ids = spellings.map { spelling in spelling.withUnsafeBufferPointer { table.intern($0, 0..<$0.count) } }
                    while canonical.count < table.count { canonical.append(Int32(canonical.count)) }
                    for id in ids.dropFirst() { canonical[Int(id)] = ids[0] }
                    let written = table.lookup(key)
                    if written != SyllableTable.unknown { spelled[written] = ids[0] }
                    return ids[0]
                }
            }
            while canonical.count < table.count { canonical.append(Int32(canonical.count)) }
            while facts.count < table.count { facts.append([]); weights.append(0) }
            return ids
        }
        func intern(_ name: String) -> [Int32] { intern(Loaded.words(of: [name]))[0] }
        for (row, ids) in zip(loaded.surnames.table.rows, intern(loaded.surnames.cut)) {
            if ids.count == 1 {
                facts[Int(ids[0])].insert(row["ethnic_groups"].isEmpty ? .surname : [.surname, .minority])
                weights[Int(ids[0])] = max(weights[Int(ids[0])], Float(row["weight"]) ?? 0)
            } else if ids.count == 2 {
                facts[Int(ids[0])].insert(.compoundStart)
                compounds.insert(Self.pair(ids[0], ids[1]))
            }
        }
        for (row, ids) in zip(loaded.middles.table.rows, intern(loaded.middles.cut)) {
            for id in ids { facts[Int(id)].insert(row["marker"] == "yes" ? [.middle, .marker] : .middle) }
        }
        for ids in intern(loaded.givens.cut) { for id in ids { facts[Int(id)].insert(.given) } }
        for ids in intern(loaded.givenPairs.cut) {
            if ids.count == 2 { givenPairs.insert(Self.pair(ids[0], ids[1])) }
        }
        for ids in intern(loaded.stops.cut) { for id in ids { facts[Int(id)].insert(.stop) } }
        for ids in intern(loaded.notAlone.cut) { for id in ids { facts[Int(id)].insert(.notAlone) } }
        for ids in intern(loaded.foreignThings.cut) { for id in ids { facts[Int(id)].insert(.foreignThing) } }
        for ids in intern(loaded.bodyHeads.cut) { for id in ids { facts[Int(id)].insert(.bodyHead) } }
        for ids in intern(loaded.creditWords.cut) { for id in ids { facts[Int(id)].insert(.creditWord) } }
        // Row by row: a word and the words that cancel it are interned in the order the table gives them.
        for row in thingWords.rows {
            for id in intern(row["word"]) { facts[Int(id)].insert(.thingWord) }
            for word in row["unless_after"].split(separator: ";") { for id in intern(String(word)) { facts[Int(id)].insert(.thingCancel) } }
        }
        for ids in intern(loaded.particles.cut) { for id in ids { facts[Int(id)].insert(.particle) } }
        for ids in intern(loaded.personBefore.cut) { for id in ids { facts[Int(id)].insert(.personBefore) } }
        for ids in intern(loaded.subjectFollowers.cut) { for id in ids { facts[Int(id)].insert(.subjectFollower) } }
        for ids in intern(loaded.openingWords.cut) { for id in ids { facts[Int(id)].insert(.opening) } }
        for ids in intern(loaded.nounTails.cut) { for id in ids { facts[Int(id)].insert(.nounTail) } }
        // `PersonScan` looks for epithets at capitalized tokens only.
        for row in epithetTable.rows where !(row["epithet"].first?.isUppercase ?? false) {
            throw .malformedLine(path: epithetTable.path, line: row.line, reason: "an epithet must start with a capital")
        }
        epithetRecords = epithetTable.rows.map { Epithet(canonical: $0["canonical"], needsContext: $0["context"] == "yes") }
        var records: [TitleRecord] = []
        var words: [String] = []
        // The abbreviations, each numbered by its title's record.
        var abbreviations: [String] = []
        var abbreviated: [Int32] = []
        for row in titleTable.rows {
            guard let kind = TitleKind(rawValue: row["kind"]) else {
                throw .malformedLine(path: titleTable.path, line: row.line, reason: "unknown title kind '\(row["kind"])'")
            }
            let number = Int32(records.count)
            records.append(TitleRecord(title: row["title"], kind: kind))
            words.append(row["title"])
            for abbreviation in row["abbreviations"].split(separator: ";") where !abbreviation.isEmpty {
                abbreviations.append(String(abbreviation))
                abbreviated.append(number)
            }
        }
        canonicalIDs = canonical
        self.facts = facts
        self.weights = weights
        self.compounds = compounds
        self.givenPairs = givenPairs
        titleRecords = records
        // The names' syllable table for both tries: a text's tokens are looked up once for names,
        // titles and epithets.
        let matchers = GazetteerMatcher.sharingSyllables([
            [GazetteerMatcher.List(name: "titles", names: words, casePolicy: .insensitive),
             GazetteerMatcher.List(name: "title-abbreviations", names: abbreviations, numbers: abbreviated, casePolicy: .asWritten)],
            [GazetteerMatcher.List(name: "epithets", names: fields("epithet", of: epithetTable))],
        ], in: &table)
        titles = matchers[0]
        epithets = matchers[1]
        titleStarts = TitleStarts(names: words + abbreviations, titles: titles, table: &table)
    }

    /// The name-list syllable id of a token whose id in `titles.syllables(of:)` is `id` (negative
    /// when no name list has it).
    @inline(__always)
    func nameID(_ id: Int32) -> Int32 {
        UInt32(bitPattern: id) < UInt32(canonicalIDs.count) ? canonicalIDs[Int(id)] : SyllableTable.unknown
    }

    /// How many syllable ids `nameID(_:)` maps (it maps every id past them to none).
    var nameMappedCount: Int { canonicalIDs.count }

    /// The index in `titleRecords` of the title a `titles` match names.
    func titleRecord(of match: GazetteerMatcher.Match) -> Int? {
        titles.entries(of: match).first.flatMap(titles.number(ofEntry:))
    }

    /// The facts of a syllable id from `nameID(_:)`.
    @inline(__always)
    func facts(_ id: Int32) -> Facts { id >= 0 ? facts[Int(id)] : [] }

    /// How common a surname is (a percentage; 0 for syllables that are no surname).
    @inline(__always)
    func surnameWeight(_ id: Int32) -> Float { id >= 0 ? weights[Int(id)] : 0 }

    /// Whether two syllable ids form a compound surname (`Tôn Thất`).
    @inline(__always)
    func isCompound(_ first: Int32, _ second: Int32) -> Bool {
        first >= 0 && second >= 0 && compounds.contains(Self.pair(first, second))
    }

    /// Whether two syllable ids form a listed two-syllable given name (`Thúy Vân`).
    @inline(__always)
    func isGivenPair(_ first: Int32, _ second: Int32) -> Bool {
        first >= 0 && second >= 0 && givenPairs.contains(Self.pair(first, second))
    }

    @inline(__always)
    private static func pair(_ first: Int32, _ second: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: first)) << 32 | UInt64(UInt32(bitPattern: second))
    }
}
