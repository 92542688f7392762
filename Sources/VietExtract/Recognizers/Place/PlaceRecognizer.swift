/// Finds places (`LOC`): Vietnamese administrative units of both eras, the world's countries,
/// regions and cities, seas, rivers, islands, streets and addresses.
///
/// A type word right before a name is taken into the span (`tỉnh Bình Dương`, `TP.HCM`,
/// `đường Lê Lợi`, `số 38 Hàng Da`), and a capitalized name after a type word is a place even
/// when no list has it. A name from the lists standing alone is a place unless its context says
/// otherwise: a person's honorific before it (`ông Vinh`, `Chủ tịch Hồ Chí Minh`), a capitalized
/// syllable glued to it that makes it part of a longer name (`Nguyễn Văn Vinh`), a people or a
/// language (`người Nhật`, `tiếng Anh`), or a sentence start where the name is a pronoun (`Anh đã…`).
/// Commune names and directions stand alone only after a word of place (`ở Phổ Cường`, `vào Nam`).
public struct PlaceRecognizer: Recognizer {
    public let labels: Set<EntityLabel> = [.location]
    private let tables: PlaceTables

    /// Priorities: a typed place beats a bare name of the same span; both lose to a user's gazetteer.
    static let typedPriority = 20
    static let barePriority = 5
    /// What the recognizer marks on a token for the rules of later tokens.
    private struct Mark: OptionSet {
        let rawValue: UInt8
        /// A type word starts at the token.
        static let typeWordStart = Mark(rawValue: 1 << 0)
        /// The token starts the name after a type word.
        static let namedAfterType = Mark(rawValue: 1 << 1)
        /// A listed name found as a place ends right before the token.
        static let placeEnd = Mark(rawValue: 1 << 2)
    }

    /// The standings of a name without its type word, in the order their records rank.
    private static let bareStandings: [PlaceTables.Standing] = [.alone, .locative, .paired]
    private static let bareBits = bareStandings.reduce(0) { $0 | $1.bit }

    /// A recognizer with the built-in tables of `Resources/places/`.
    public init() throws(ResourceError) {
        var syllables = SyllableTable()
        try self.init(syllables: &syllables)
    }

    /// The recognizer, its tables compiled over `syllables`, a table other recognizers share.
    init(syllables: inout SyllableTable) throws(ResourceError) {
        tables = try PlaceTables(syllables: &syllables)
    }

    /// The recognizer of `loaded` tables, compiled from their `interned` groups (see `PlaceTables.init(_:interned:)`).
    init(_ loaded: PlaceTables.Loaded, interned: GazetteerMatcher.InternedGroups) {
        tables = PlaceTables(loaded, interned: interned)
    }

    public func recognize(in text: AnalyzedText, context: RecognitionContext, candidates: inout [Candidate]) {
        let tokens = text.tokens
        guard !tokens.isEmpty else { return }
        let starts = PlaceStarts(text: text, tables: tables, shared: context.syllables)
        let syllables = starts.syllables
        let scan = PlaceContext(text: text, starts: starts)
        let memo = PlaceValueMemo()
        // Room for a candidate at every start, more than a text finds: the list is not copied as it grows.
        candidates.reserveCapacity(candidates.count + starts.typeWords.count + starts.names.count
                                   + scan.tokensAfterStrongLocative.count)
        // What the loops mark on tokens, for those after them: one array, not one per mark.
        var marks = [Mark](repeating: [], count: tokens.count + 1)
        var typeWordEnd = 0
        let typeWords = tables.typeWords
        for index in starts.typeWords where index >= typeWordEnd {
            guard let match = typeWords.longestMatch(at: index, in: text, syllables: syllables) else { continue }
            marks[match.tokens.lowerBound].insert(.typeWordStart)
            typeWordEnd = match.tokens.upperBound
            guard let typeWord = tables.typeWordOfNode[Int(match.node)],
                  scan.isTypeWord(match, typeWord),
                  let place = typedPlace(after: match, typeWord, text: text, syllables: syllables, scan: scan, memo: memo) else { continue }
            // A listed name that starts with the type word itself (`châu Âu`, `Thủ đô Hà Nội`) speaks for it.
            if let whole = tables.names.longestMatch(at: match.tokens.lowerBound, in: text, syllables: syllables),
               whole.viewRange.upperBound >= place.end { continue }
            let nameStart = match.tokens.upperBound
            marks[nameStart].insert(.namedAfterType)
            // After `các`, `hai`… the type word is left out: `các tỉnh [Hà Tĩnh], [Quảng Bình]`.
            let start = scan.isPlural(before: match.tokens.lowerBound) ? nameStart : match.tokens.lowerBound
            candidates.append(Candidate(label: .location, viewRange: Int(tokens[start].start)..<place.end,
                                        value: .place(place.value), source: "place.typed", priority: Self.typedPriority))
        }
        // The records a name stands for, and those of the first one's level: buffers for every name of the text.
        var records: [Int] = [], sameLevel: [Int] = []
        // A listed name, or else an unlisted foreign one after `ở`, `tại`, starts nowhere else.
        for index in PlaceStarts.union(starts.names, scan.tokensAfterStrongLocative) where !marks[index].contains(.namedAfterType) {
            guard tables.names.knows(syllables[index]), let match = tables.names.longestMatch(at: index, in: text, syllables: syllables) else {
                if let end = scan.foreignNameAfterLocative(at: index, startIsPlaceSyllable: tables.names.knows(syllables[index])) {
                    let range = Int(tokens[index].start)..<Int(tokens[end - 1].end)
                    candidates.append(Candidate(label: .location, viewRange: range,
                                                value: .place(PlaceValue(name: text.string(inView: range), kind: "place")),
                                                source: "place.after-locative", priority: 1))
                }
                continue
            }
            let end = match.tokens.upperBound
            // Names that stand alone rank before communes of the same name (`Sài Gòn`).
            // The standings some record of the match has: a name only after its type word (`1` of
            // `Phường 1`) has none, and needs no look around.
            let present = tables.standings(of: match, among: Self.bareBits)
            guard present != 0 else { continue }
            let listed = tables.records(of: match)
            let around = surroundings(of: match, listed: listed, text: text, syllables: syllables, scan: scan,
                                      afterPlace: marks[index].contains(.placeEnd), marks: marks)
            // The standings the name has here.
            var allowed: UInt8 = 0
            for standing in Self.bareStandings
            where present & standing.bit != 0 && scan.allowsBareName(match, standing: standing, around: around) {
                allowed |= standing.bit
            }
            guard allowed != 0 else { continue }
            let key = PlaceValueMemo.BareKey(node: match.node, capitals: match.capitals, standings: allowed)
            let value: PlaceValue
            if let known = memo.bareValue(of: key) {
                value = known
            } else {
                records.removeAll(keepingCapacity: true)
                for standing in Self.bareStandings where allowed & standing.bit != 0 {
                    for record in listed where tables.standings[record] == standing { records.append(record) }
                }
                value = bareValue(of: records, sameLevel: &sameLevel)
                memo.keep(value, of: key)
            }
            marks[end].insert(.placeEnd)
            // The value moves into the candidate: copying it would retain each of its strings.
            candidates.append(Candidate(label: .location, viewRange: match.viewRange, value: .place(consume value),
                                        source: "place.gazetteer", priority: Self.barePriority))
        }
    }

    /// The value of a bare name that stands for `records`: the first record gives it; those of its
    /// level (itself first), gathered in `sameLevel`, count the units it may be.
    private func bareValue(of records: [Int], sameLevel: inout [Int]) -> PlaceValue {
        let sources = tables.sources, first = records[0]
        var value = tables.reader.value(of: sources[first])
        if records.count > 1 {
            let level = tables.reader.level(of: sources[first])
            sameLevel.removeAll(keepingCapacity: true)
            for record in records where tables.reader.level(of: sources[record]) == level { sameLevel.append(record) }
            value.ambiguity = codeCount(ofRecords: sameLevel)
        }
        return value
    }

    /// The place named after a type word, with the end of its span in the view: for a unit's type
    /// word a listed unit of a fitting level, for another kind a listed place of that kind, else a
    /// capitalized name (or a number, where the word allows one) that no list has.
    private func typedPlace(after typeMatch: GazetteerMatcher.Match, _ typeWord: PlaceTables.TypeWord,
                            text: AnalyzedText, syllables: [Int32], scan: PlaceContext,
                            memo: PlaceValueMemo) -> (value: PlaceValue, end: Int)? {
        let tokens = text.tokens
        let nameStart = typeMatch.tokens.upperBound
        guard nameStart < tokens.count else { return nil }
        let listed = tables.names.knows(syllables[nameStart]) ? tables.names.longestMatch(at: nameStart, in: text, syllables: syllables) : nil
        let written = scan.writtenName(from: nameStart, after: typeWord)
        if let listed, let value = unit(in: listed, after: typeWord, memo: memo) {
            return (value, Int(tokens[listed.tokens.upperBound - 1].end))
        }
        // A common noun before a country's name (`chợ Việt Nam`, `thủ đô Anh`) leaves the country alone;
        // a peninsula keeps it (`bán đảo Triều Tiên`).
        if typeWord.kind != "island", let listed, listed.tokens.upperBound >= (written ?? 0),
           tables.records(of: listed).contains(where: { tables.standings[$0] == .alone && tables.reader.isCountry(tables.sources[$0]) }) {
            return nil
        }
        guard let end = written else { return nil }
        // A person's name after a unit's type word (`Chủ tịch UBND tỉnh Phan Ngọc Thọ`) or a lone letter
        // (`bản A`) is no place's.
        if typeWord.isAdministrative, scan.startsWithSurname(nameStart), end - nameStart > 1 { return nil }
        if end - nameStart == 1, tokens[nameStart].length == 1, tokens[nameStart].kind == .word { return nil }
        let viewEnd = Int(tokens[end - 1].end)
        let name = text.string(inView: Int(tokens[nameStart].start)..<viewEnd)
        let level = typeWord.levels.count == 1 ? typeWord.levels.first : nil
        return (PlaceValue(name: name, kind: typeWord.kind, level: level, type: typeWord.type,
                           country: typeWord.isAdministrative ? "VN" : nil), viewEnd)
    }

    /// What the context rules need to know of the places around `match`, worked out only where a
    /// rule will ask (most names need none of it).
    private func surroundings(of match: GazetteerMatcher.Match, listed: GazetteerMatcher.MatchedEntries, text: AnalyzedText,
                              syllables: [Int32], scan: PlaceContext, afterPlace: Bool,
                              marks: [Mark]) -> PlaceContext.Surroundings {
        let tokens = text.tokens
        let start = match.tokens.lowerBound, end = match.tokens.upperBound
        var around = PlaceContext.Surroundings()
        if match.tokens.count == 1, end < tokens.count, tokens[end].flags.contains(.initialCapital) {
            around.nextIsPlace = placeLength(at: end, in: text, syllables: syllables) > 1
        }
        if tables.hasRecord(of: match, standing: .paired) {
            // A short form (`Việt`) needs a place across the dash: `Việt - Nhật`, `Séc - Việt`.
            around.pairedWithPlace = placeLength(at: end + 1, in: text, syllables: syllables, orPaired: true) > 0
                || start >= 2 && placeLength(at: start - 2, in: text, syllables: syllables, orPaired: true) > 0
        }
        if end + 1 < tokens.count, tokens[end].kind == .punctuation, tables.hasRecord(of: match, standing: .locative) {
            let mark = text.view.units[Int(tokens[end].start)]
            around.placeFollows = mark == 0x28 && placeLength(at: end + 1, in: text, syllables: syllables) > 0
                || mark == 0x2C && marks[end + 1].contains(.typeWordStart)
        }
        around.afterPlace = afterPlace && match.tokens.count > 1
        around.previousIsKnownSyllable = start > 0 && tables.names.knows(syllables[start - 1])
        // A short known word (`Anh`, `Linh`), not a long foreign one (`Vladimir`).
        around.nextIsKnownSyllable = end < syllables.count && tables.names.knows(syllables[end]) && tokens[end].length <= 5
        // Asked only of a name that starts a line (a byline): most names need no record read for it.
        if tokens[start].flags.contains(.lineBefore), let first = listed.first, case .unit(let row) = tables.sources[first] {
            around.isMinorUnit = tables.reader.unitLevels[Int(row)] != "province"
        }
        around.isCountry = scan.isPeopleOrLanguage(before: start) && listed.contains { tables.reader.isCountry(tables.sources[$0]) }
        return around
    }

    /// The length in tokens of the listed name that stands alone (or, with `orPaired`, of a short
    /// form) starting at token `index`; 0 when there is none.
    private func placeLength(at index: Int, in text: AnalyzedText, syllables: [Int32], orPaired: Bool = false) -> Int {
        guard index < syllables.count, tables.names.knows(syllables[index]),
              let match = tables.names.longestMatch(at: index, in: text, syllables: syllables) else { return 0 }
        let standing = tables.hasRecord(of: match, standing: .alone) || orPaired && tables.hasRecord(of: match, standing: .paired)
        return standing ? match.tokens.count : 0
    }

    /// The place of `match` that the type word can name: a unit of a fitting level (`huyện` → a
    /// district), preferring one of the very type (`thành phố`), or a place of the word's kind
    /// (`sông` → a river); when several units share the name, a value without a code. Read from
    /// `memo` when the text named it so before.
    private func unit(in match: GazetteerMatcher.Match, after typeWord: PlaceTables.TypeWord, memo: PlaceValueMemo) -> PlaceValue? {
        let key = PlaceValueMemo.TypedKey(node: match.node, capitals: match.capitals, typeWord: ObjectIdentifier(typeWord))
        if let known = memo.typedValue(of: key) { return known }
        let value = unitFromRecords(in: match, after: typeWord)
        memo.keep(value, of: key)
        return value
    }

    /// `unit(in:after:)`, worked out from the records.
    private func unitFromRecords(in match: GazetteerMatcher.Match, after typeWord: PlaceTables.TypeWord) -> PlaceValue? {
        var fitting: [Int] = [], typed: [Int] = []
        for record in tables.records(of: match) {
            let source = tables.sources[record]
            guard tables.reader.fits(source, after: typeWord) else { continue }
            fitting.append(record)
            if tables.reader.type(of: source) == typeWord.type { typed.append(record) }
        }
        let units = tables.collapsingEras(typed.isEmpty ? fitting : typed)
        guard let first = units.first else { return nil }
        let value = tables.reader.value(of: tables.sources[first]), codes = codeCount(ofUncollapsed: units)
        guard codes > 1 else { return value }
        return PlaceValue(name: value.name, kind: value.kind, level: value.level, type: value.type,
                          era: value.era, country: value.country, ambiguity: codes)
    }

    /// The number of different codes among the values of `records` (of one level), less the 2025
    /// units a legacy one of them became (`PlaceTables.collapsingEras`).
    private func codeCount(ofRecords records: [Int]) -> Int {
        codeCount(ofUncollapsed: tables.collapsingEras(records))
    }

    /// The number of different codes among the values of `records`: read from their codes alone, no value built.
    private func codeCount(ofUncollapsed records: [Int]) -> Int {
        // The reader is read in place through the tables: a copy of it would retain each of its arrays.
        let tables = tables
        return Self.codeCount(of: records.lazy.map { tables.reader.code(of: tables.sources[$0]) })
    }

    /// The number of different codes among `codes` (a few: compared, not hashed). The first is kept
    /// apart: most names have one code, and then no list is allocated.
    static func codeCount(of codes: some Sequence<String?>) -> Int {
        var first: String?, others: [String] = []
        for case let code? in codes where code != first && !others.contains(code) {
            if first == nil { first = code } else { others.append(code) }
        }
        return (first == nil ? 0 : 1) + others.count
    }
}
