/// The built-in place tables of `Resources/places/`, compiled into matchers once.
///
/// Every place name (Vietnamese units of both eras, their aliases, the world's countries, regions,
/// cities and subdivisions) is one entry of `names`, whose id indexes its record: `sources` and `standings`. Type words
/// (`tỉnh`, `TP.`, `đường`) and context words (`ông`, `Chủ tịch`) have their own matchers.
/// A class: the recognizer and its per-text helpers share the tables as one reference, not as
/// copies of their dozen arrays and matchers.
final class PlaceTables: Sendable {
    /// Where a record's value comes from: a row read into a value only when a match needs it
    /// (so that start-up does not build ten thousand values), or a value built at start-up. A
    /// unit keeps its level and type, which start-up reads anyway and matching filters on. A
    /// record is numbers only (into `SourceReader`'s rows and values): reading or copying
    /// one retains nothing.
    enum Source: Sendable {
        /// Row `row` of `SourceReader.unitRows` (with its level and type in `SourceReader.unitLevels`, `unitTypes`).
        case unit(row: Int32)
        /// Row `row` of `SourceReader.worldRows`.
        case world(row: Int32)
        /// Value `value` of `SourceReader.fixed`.
        case fixed(value: Int32)
    }

    /// Where a name is a place without its type word.
    enum Standing: String, Sendable {
        /// Wherever it is written as a name (`Hà Nội`, `Mỹ`).
        case alone
        /// Only after a preposition or verb of place (`ở Phổ Cường`, `vào Nam`): communes, directions.
        case locative
        /// Only joined by a dash to another place (`Việt - Nhật`): short forms of countries.
        case paired
        /// Only after its type word (`quận 1`, `thành phố Hồ Chí Minh`).
        case typed

        /// The standing's bit in `PlaceTables.nodeStandings`.
        var bit: UInt8 {
            switch self {
            case .alone: 1
            case .locative: 2
            case .paired: 4
            case .typed: 8
            }
        }
    }

    /// What a context word tells about the name next to it.
    enum ContextRole: String, Sendable {
        case person
        case sentenceStart = "sentence-start"
        case typedOnly = "typed-only"
        case notPlace = "not-place"
        case plural
        case locative
        case surname
        case orgAfter = "org-after"
        case direction
        case strongLocative = "strong-locative"
        case clauseWord = "clause-word"

        /// The role's bit in `PlaceContext.Roles`.
        var bit: UInt16 {
            switch self {
            case .person: 0
            case .sentenceStart: 1
            case .typedOnly: 2
            case .notPlace: 3
            case .plural: 4
            case .locative: 5
            case .surname: 6
            case .orgAfter: 7
            case .direction: 8
            case .strongLocative: 9
            case .clauseWord: 10
            }
        }
    }

    /// Place names; `names`, `typeWords` and `contextWords` share their syllable ids, so one
    /// `names.syllables(of:)` serves all three.
    let names: GazetteerMatcher
    /// What each record denotes.
    let sources: [Source]
    /// Where each record's name stands alone, apart from `sources`: testing it copies no source.
    let standings: [Standing]
    /// For each node of `names`, the standings of the records whose keys end there, whatever their
    /// capitals, as bits: a match whose node lacks a standing has no record of it, unread.
    private let nodeStandings: [UInt8]
    let typeWords: GazetteerMatcher
    /// For each node of `typeWords`, the type word of its first entry (the list ignores case, so
    /// every match at the node has it): one read per match.
    let typeWordOfNode: [TypeWord?]
    let contextWords: GazetteerMatcher
    /// For each node of `contextWords`, the roles of the words whose keys end there (the list
    /// ignores case, so every entry of a match counts): one read per match.
    let contextNodeRoles: [PlaceContext.Roles]
    /// For each syllable id, the roles of the context word of that one syllable when no longer one
    /// starts with it (the match `contextWords.longestMatch` finds there without a walk), else none.
    let contextLeafRoles: [PlaceContext.Roles]
    /// Reads the records' rows.
    let reader: SourceReader
    /// What keys of `contextWords`, `typeWords` and `names` each syllable id starts, in each case (`PlaceStarts.Facts.table`).
    let syllableStarts: [PlaceStarts.Facts]

    /// Administrative levels whose names stand alone; commune names need their type word (two ASCII
    /// words: comparing costs less than hashing).
    static let standAloneLevels = ["province", "district"]
    /// Common nouns that start place names besides the type words (`Biển Đông`, `biển Đông`).
    static let genericWords: Set<String> = ["biển", "duyên hải", "trung du", "cố đô", "đất", "vùng"]
    /// The glued abbreviations written before a unit's name (`TP.Vinh`, `Q.Tân Bình`), by type; read
    /// once per unit. Types are compared by their bytes (`sameBytes`): hashing a Vietnamese word, or
    /// telling two of them apart, first checks their normalization, too slow for ten thousand units.
    private static let gluedPrefixes: [(type: String, forms: [String])] = [
        ("thành phố", ["TP.", "Tp."]), ("quận", ["Q."]), ("phường", ["P."]), ("thị xã", ["TX."]),
    ]

    /// The glued abbreviations written before a unit's name of `type` (none for most types).
    static func gluedPrefixes(ofType type: String) -> [String] {
        gluedPrefixes.first { sameBytes($0.type, type) }?.forms ?? []
    }

    /// Whether two strings of the tables (written in NFC, like the words of this file) are the same.
    static func sameBytes(_ first: String, _ second: String) -> Bool {
        first.utf8.count == second.utf8.count && first.utf8.elementsEqual(second.utf8)
    }

    /// The tables, compiled over `syllables` (a table other recognizers may share).
    convenience init(syllables: inout SyllableTable) throws(ResourceError) {
        self.init(try Loaded(), syllables: &syllables)
    }

    /// The `loaded` tables, compiled over `syllables` (a table other recognizers may share).
    convenience init(_ loaded: Loaded, syllables: inout SyllableTable) {
        self.init(loaded, interned: GazetteerMatcher.InternedGroups(loaded.groups, into: &syllables))
    }

    /// The `loaded` tables, compiled from their `interned` groups (maybe on another thread than the interning).
    init(_ loaded: Loaded, interned: GazetteerMatcher.InternedGroups) {
        let roles = loaded.roles, typeWordRecords = loaded.typeWordRecords
        let matchers = interned.matchers()
        names = matchers[0]
        typeWords = matchers[1]
        contextWords = matchers[2]
        sources = loaded.sources
        standings = loaded.standings
        let standings = loaded.standings, namesMatcher = matchers[0]
        nodeStandings = (0..<namesMatcher.nodeCount).map { node in
            namesMatcher.entries(ofNode: node).reduce(0) { $0 | standings[Int($1)].bit }
        }
        let typeMatcher = matchers[1]
        typeWordOfNode = (0..<typeMatcher.nodeCount).map { node in
            typeMatcher.entries(ofNode: node).first.flatMap { typeMatcher.number(ofEntry: Int($0)) }.map { typeWordRecords[$0] }
        }
        let contextMatcher = matchers[2]
        let contextNodeRoles = (0..<contextMatcher.nodeCount).map { node in
            contextMatcher.entries(ofNode: node).reduce(into: PlaceContext.Roles()) { found, entry in
                if let number = contextMatcher.number(ofEntry: Int(entry)) { found.insert(PlaceContext.Roles(roles[number])) }
            }
        }
        self.contextNodeRoles = contextNodeRoles
        reader = loaded.reader
        let starters = [contextMatcher, matchers[1], matchers[0]]
        syllableStarts = PlaceStarts.Facts.table(count: matchers[0].syllableCount, matchers: starters)
        contextLeafRoles = (0..<Int32(matchers[0].syllableCount)).map { syllable in
            contextMatcher.leafNode(of: syllable).map { contextNodeRoles[Int($0)] } ?? []
        }
    }

    /// The indices in `sources` and `standings` of the entries a `names` match found (an entry's
    /// position is its record's index: both are made together, in one order).
    func records(of match: GazetteerMatcher.Match) -> GazetteerMatcher.MatchedEntries {
        names.entries(of: match)
    }

    /// Whether some record of a `names` match has `standing`, read from `standings` only where the
    /// match's node has records of it and of another standing: a match has some record its capitals
    /// accept, so where every record of the node has this standing, one of them does.
    func hasRecord(of match: GazetteerMatcher.Match, standing: Standing) -> Bool {
        let node = nodeStandings[Int(match.node)]
        guard node & standing.bit != 0 else { return false }
        return node == standing.bit || records(of: match).contains { standings[$0] == standing }
    }

    /// The standings among `bits` (`Standing.bit`s) that some record of a `names` match has, as bits:
    /// what `hasRecord` tells of each, with the match's records read once, and only where its node
    /// has records of more than one standing.
    func standings(of match: GazetteerMatcher.Match, among bits: UInt8) -> UInt8 {
        let node = nodeStandings[Int(match.node)]
        guard node & bits != 0 else { return 0 }
        if node.nonzeroBitCount == 1 { return node & bits }
        var found: UInt8 = 0
        for record in records(of: match) { found |= standings[record].bit }
        return found & bits
    }

    /// The lower-cased syllables of a phrase, normalized like a text.
    static func syllables(of phrase: String) -> [[UInt16]] {
        NormalizedText(original: Array(phrase.utf16)).units.map(UTF16Letters.lowercase).split(separator: 0x20).map(Array.init)
    }
}
