/// The words organization names are built from (`Resources/organizations/head_words.tsv` and
/// `name_words.tsv`), compiled into one case-insensitive phrase matcher.
///
/// At each token the longest phrase wins, so `Bộ trưởng` (a title) hides the head word `Bộ`, and
/// `Đảng viên` (blocked) hides `Đảng`. A phrase may have several roles (`lý`: inner word and surname).
///
/// A class, immutable: each text's scanner and tables hold it, and a reference is one retain
/// where a copy of its dozen arrays was a retain and a release of each.
final class OrganizationLexicon: Sendable {
    /// What a phrase can be inside or around an organization's name.
    struct Roles: OptionSet, Sendable {
        let rawValue: UInt16
        /// Opens a name (`Bộ`, `Công ty`).
        static let head = Roles(rawValue: 1 << 0)
        /// A lower-case word that continues a name (`vận tải`).
        static let inner = Roles(rawValue: 1 << 1)
        /// Qualifies the head before the name proper (`THPT`, `TNHH`).
        static let subtype = Roles(rawValue: 1 << 2)
        /// Joins two parts of one name (`và`, `&`).
        static let join = Roles(rawValue: 1 << 3)
        /// Opens an administrative place (`tỉnh`, `quận`, `TP`).
        static let place = Roles(rawValue: 1 << 4)
        /// A title or role; a name ends before it.
        static let title = Roles(rawValue: 1 << 5)
        /// A common surname; after a complete name, a person starts there.
        static let surname = Roles(rawValue: 1 << 6)
        /// Looks like the start of a name but is not one (`Đảng viên`, `Đài Loan`).
        static let blocked = Roles(rawValue: 1 << 7)
        /// A place name that begins with a surname (`Hồ Chí Minh`).
        static let placeName = Roles(rawValue: 1 << 8)
        /// A word for a person before a name (`ông`, `bà`).
        static let honorific = Roles(rawValue: 1 << 9)
        /// A region or contest after an age group (`U16 châu Á` is a tournament).
        static let region = Roles(rawValue: 1 << 10)
        /// A name word that is also a verb: it cannot end a name (`… quốc gia tổ chức`).
        static let verb = Roles(rawValue: 1 << 11)
        /// A branch of the armed forces between a military head and its number (`bộ binh`).
        static let arm = Roles(rawValue: 1 << 12)
        /// A country after a brand, naming its branch there (`Pepsi VN`).
        static let country = Roles(rawValue: 1 << 13)
        /// A company suffix after its proper name (`Group`, `Holdings`).
        static let suffix = Roles(rawValue: 1 << 14)
        /// In `startRoles` only: a head word that may open a name written in lower case (`công ty`,
        /// not `bộ`, `tổ chức`).
        static let lowerCaseHead = Roles(rawValue: 1 << 15)

        static let names: [String: Roles] = ["inner": .inner, "subtype": .subtype, "join": .join, "place": .place,
                                             "title": .title, "surname": .surname, "blocked": .blocked,
                                             "place_name": .placeName, "honorific": .honorific,
                                             "region": .region, "verb": .verb, "arm": .arm,
                                             "country": .country, "suffix": .suffix]
    }

    /// What a head word opens.
    ///
    /// Plain values only, so that reading one copies no reference: its kind of organization is
    /// kept apart (`kind(of:)`).
    struct Head: Sendable {
        /// When it opens a name written in lower case.
        let lowerCase: LowerCase
        /// Whether a later occurrence ends the name before it.
        let breaksName: Bool
        /// Whether the head word is itself an abbreviation in capitals (`NXB`, `CLB`).
        let isAcronym: Bool
        /// Whether one capitalized word alone can be the name; not for heads that are also names
        /// (`Trường An`, `Đoàn Bình`).
        let takesBareName: Bool
        /// Whether, written in lower case, it stays part of a known brand's name after it (`tập đoàn Unilever`).
        let keepsBrand: Bool
        /// Whether it opens a military body (`kind` `military…`), which may end with a unit's number;
        /// read once from `kind` when the table is loaded, not at each head.
        let isMilitary: Bool
        /// Whether it names a military body only with a unit's number (`kind` `military_unit`).
        let needsUnitNumber: Bool

        init(kind: String, lowerCase: LowerCase, breaksName: Bool, isAcronym: Bool, takesBareName: Bool, keepsBrand: Bool) {
            self.lowerCase = lowerCase
            self.breaksName = breaksName
            self.isAcronym = isAcronym
            self.takesBareName = takesBareName
            self.keepsBrand = keepsBrand
            isMilitary = kind.hasPrefix("military")
            needsUnitNumber = kind == "military_unit"
        }
    }

    /// When a head word written in lower case opens a name.
    enum LowerCase: String, Sendable {
        /// Always (`báo Tuổi Trẻ`, `công ty Hoa Mai`).
        case yes
        /// Only before a subtype (`trường THPT Nguyễn Du`, not `chiến trường Quảng Ngãi`).
        case subtype
        /// Only before a capitalized word of the lexicon (`phòng Giáo dục`, not `phòng Covid`).
        case descriptive
        /// As a common noun before the name, which alone is the organization (`hãng Tass`).
        case apart
        /// Never.
        case no
    }

    /// The phrase found at a token; a plain value of 8 bytes (no strings), so that a text's hits
    /// are kept in raw memory (`TokenLookups`) with no reference counting and little to write.
    struct Hit: Sendable {
        private let storedEnd: Int32
        let roles: Roles
        /// For a head word, its index in the lexicon's heads (`head(of:)`); -1 for none.
        fileprivate let headIndex: Int16

        /// The token after the phrase.
        var end: Int { Int(storedEnd) }

        fileprivate init(end: Int, roles: Roles, headIndex: Int16) {
            storedEnd = Int32(end)
            self.roles = roles
            self.headIndex = headIndex
        }

        /// The hit of a token that starts no phrase, in a table of hits (`TokenLookups`): a real hit
        /// ends after its token, so past 0.
        static let none = Hit(end: 0, roles: [], headIndex: -1)
    }

    private let matcher: GazetteerMatcher
    /// For each node of the matcher's trie, the roles of the phrases ending there, and the first
    /// of their heads (-1: none): a hit reads them with one load each. The list is case-insensitive,
    /// so every phrase ending at a node is found whatever the text's capitals.
    private let nodeRoles: [Roles]
    private let nodeHeads: [Int16]
    /// The head rows' heads: slot k of the matcher's entries is head row k for k < `heads.count`.
    private let heads: [Head]
    /// The kind of organization of each head.
    private let headKinds: [String]
    /// By syllable id, the roles among `firstRoles` of the phrases that start with the syllable (and
    /// `lowerCaseHead` for a head word that may open a name in lower case): a
    /// token whose syllable starts no head word or blocked phrase opens no organization unless it
    /// is capitalized or known, and one that starts no suffix is none.
    let startRoles: [Roles]
    /// The roles `startRoles` tells.
    static let firstRoles: Roles = [.head, .blocked, .suffix]

    /// The phrases of the built-in tables before they are compiled: their list, and each entry's
    /// roles and (for the head rows, which come first) head.
    struct Words {
        /// The phrases, each numbered by its position.
        let list: GazetteerMatcher.List
        let roles: [Roles]
        let heads: [Head]
        /// The kind of organization (`ministry`, `company`) of each head.
        let kinds: [String]

        /// Loads the built-in tables.
        init() throws(ResourceError) {
            let headTable = try TSVTable.resource("organizations/head_words.tsv",
                                                  required: ["phrase", "kind", "lower", "breaks", "bare"])
            let wordTable = try TSVTable.resource("organizations/name_words.tsv", required: ["phrase", "role"])
            var phrases: [String] = []
            var roles: [Roles] = []
            var heads: [Head] = []
            var kinds: [String] = []
            for row in headTable.rows {
                guard let lowerCase = LowerCase(rawValue: row["lower"]) else {
                    throw .malformedLine(path: headTable.path, line: row.line,
                                         reason: "lower must be yes, subtype, descriptive, apart or no")
                }
                phrases.append(row["phrase"])
                roles.append(.head)
                heads.append(Head(kind: row["kind"], lowerCase: lowerCase, breaksName: row["breaks"] == "yes",
                                  isAcronym: row["phrase"] == row["phrase"].uppercased(), takesBareName: row["bare"] == "yes",
                                  keepsBrand: row["brand"] == "keeps"))
                kinds.append(row["kind"])
            }
            // A thousand rows: their columns are found once, not hashed by name at every row.
            let roleColumn = wordTable.column("role"), phraseColumn = wordTable.column("phrase")
            for row in wordTable.rows {
                let roleName = row[field: roleColumn]
                guard let role = Roles.names[roleName] else {
                    throw .malformedLine(path: wordTable.path, line: row.line, reason: "unknown role '\(roleName)'")
                }
                phrases.append(row[field: phraseColumn])
                roles.append(role)
            }
            list = GazetteerMatcher.List(name: "organization-words", names: phrases, casePolicy: .insensitive)
            self.roles = roles
            self.heads = heads
            self.kinds = kinds
        }
    }

    /// The lexicon of `words`, whose list `matcher` compiles (with other lists' syllables, maybe).
    init(_ words: Words, matcher: GazetteerMatcher) {
        var nodeRoles = [Roles](repeating: [], count: matcher.nodeCount)
        var nodeHeads = [Int16](repeating: -1, count: matcher.nodeCount)
        for node in nodeRoles.indices {
            for entry in matcher.entries(ofNode: node) {
                guard let slot = matcher.number(ofEntry: Int(entry)) else { continue }
                nodeRoles[node].formUnion(words.roles[slot])
                if nodeHeads[node] < 0, slot < words.heads.count { nodeHeads[node] = Int16(slot) }
            }
        }
        self.matcher = matcher
        self.nodeRoles = nodeRoles
        self.nodeHeads = nodeHeads
        heads = words.heads
        headKinds = words.kinds
        startRoles = Self.startRoles(of: words, matcher: matcher)
    }

    /// The table of `startRoles`: the phrases with one of `firstRoles`, one a line, read as one
    /// text, whose lines' first syllables are the ids to mark.
    private static func startRoles(of words: Words, matcher: GazetteerMatcher) -> [Roles] {
        let phrases = words.list.names.indices.filter { !words.roles[$0].isDisjoint(with: firstRoles) }
        let text = AnalyzedText(phrases.map { words.list.names[$0] }.joined(separator: "\n"))
        let syllables = matcher.syllables(of: text)
        var startRoles = [Roles](repeating: [], count: Int(syllables.max() ?? -1) + 1)
        var line = -1
        for index in text.tokens.indices where text.tokens[index].flags.contains(.lineBefore) {
            line += 1
            guard syllables[index] >= 0 else { continue }
            var roles = words.roles[phrases[line]].intersection(firstRoles)
            if phrases[line] < words.heads.count, words.heads[phrases[line]].lowerCase != .no { roles.insert(.lowerCaseHead) }
            startRoles[Int(syllables[index])].formUnion(roles)
        }
        assert(line == phrases.count - 1, "one line a phrase")
        return startRoles
    }

    /// The syllable ids of a text, for `hit(at:in:syllables:)`: `shared` when they number it over
    /// the lexicon's syllables (see `GazetteerMatcher.syllables(of:shared:)`).
    func syllables(of text: AnalyzedText, shared: TextSyllables? = nil) -> [Int32] {
        matcher.syllables(of: text, shared: shared)
    }

    /// The longest phrase starting at token `index`, with every role its phrase has.
    ///
    /// Inlined, and with no closure: a closure over the lexicon copied it whole at every lookup.
    @inline(__always)
    func hit(at index: Int, in text: AnalyzedText, syllables: [Int32]) -> Hit? {
        guard let match = matcher.longestMatch(at: index, in: text, syllables: syllables) else { return nil }
        return Hit(end: match.tokens.upperBound, roles: nodeRoles[Int(match.node)], headIndex: nodeHeads[Int(match.node)])
    }

    /// What the head word of `hit` opens, if it has one.
    func head(of hit: Hit) -> Head? {
        hit.headIndex >= 0 ? heads[Int(hit.headIndex)] : nil
    }

    /// The kind of organization (`ministry`, `company`) the head word of `hit` opens; `hit` must
    /// have a head (`head(of:)`). Read apart from the head, only for the organizations found.
    func kind(of hit: Hit) -> String { headKinds[Int(hit.headIndex)] }

    /// The number of head words; `headNumber(of:)` is below it.
    var headCount: Int { heads.count }

    /// The index among the head words of the head of `hit`, for tables kept by head; `hit` must have a head.
    func headNumber(of hit: Hit) -> Int { Int(hit.headIndex) }

    /// A hit of head word `number` (below `headCount`), one token long: what a table kept by head is built from.
    func hit(ofHead number: Int) -> Hit { Hit(end: 1, roles: .head, headIndex: Int16(number)) }
}
