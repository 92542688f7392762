/// Finds references that name a document instead of numbering it: a code or law from the table
/// of `Resources/documents/laws.tsv` with or without its year (`Luật Đất đai 2013`, `Bộ luật Hình
/// sự`, `Hiến pháp năm 2013`), any `Luật X … năm YYYY`, and the Party's resolutions named by their
/// plenum or congress (`Nghị quyết Trung ương 4 (khóa XI)`, `Nghị quyết Đại hội XIII`).
/// A class, so that the lookup at every token shares one reference instead of copying the tables.
final class NamedReferenceMatcher: Sendable {
    /// A law's name from the table and its type word.
    struct Law: Sendable {
        let name: String
        let type: String
    }

    private let laws: PhraseMatcher<Law>
    /// The first two syllables of every law of the table, as `SyllableKeys.pair` keys: most names
    /// start with `Luật`, so the walk along them runs only where the next word begins one. Nil when
    /// a name has one syllable (then every word walks the table).
    private let lawStarts: KeyedTable<Bool>?
    /// The type words that start a law's name, for names not in the table.
    private let lawTypes: PhraseMatcher<Law>
    private let plenum: PhraseMatcher<Bool>
    private let congress: PhraseMatcher<Bool>
    private let ordinal: PhraseMatcher<Bool>
    /// The first syllable of every name the four tables above can start (with whether it is a whole
    /// name), a filter that turns away most other words before the probe, and one over the names' first
    /// two syllables; nil when a phrase without syllables lets any word start one.
    private let firstSyllables: (table: KeyedTable<Bool>, filter: KeyFilter, pairs: KeyFilter)?

    init(laws table: TSVTable) {
        let laws = PhraseMatcher(table.rows.map {
            ($0["name"], Law(name: $0["name"], type: $0["type"]))
        })
        let names = table.rows.map { SyllableKeys.keys(ofPhrase: $0["name"]) }
        lawStarts = names.allSatisfy { $0.count >= 2 }
            ? KeyedTable(Set(names.map { SyllableKeys.pair($0[0], $0[1]) }).map { ($0, true) }) : nil
        let typeNames = ["Luật", "Bộ luật", "Pháp lệnh"]
        let plenumNames = ["Nghị quyết Trung ương", "Nghị quyết Hội nghị Trung ương", "Nghị quyết TW", "Nghị quyết TƯ"]
        let congressNames = ["Nghị quyết Đại hội", "Nghị quyết Đại hội Đảng", "Nghị quyết Đại hội Đảng toàn quốc",
                             "Nghị quyết Đại hội đại biểu toàn quốc"]
        (self.laws, self.lawTypes) = (laws, PhraseMatcher(typeNames.map { ($0, Law(name: $0, type: $0)) }))
        plenum = PhraseMatcher(plenumNames.map { ($0, true) })
        congress = PhraseMatcher(congressNames.map { ($0, true) })
        ordinal = PhraseMatcher([("lần thứ", true)])
        let phrases = names + (typeNames + plenumNames + congressNames).map(SyllableKeys.keys(ofPhrase:))
        guard !phrases.contains(where: \.isEmpty) else {
            firstSyllables = nil
            return
        }
        var alone: [UInt64: Bool] = [:]
        for keys in phrases { alone[keys[0], default: false] = alone[keys[0], default: false] || keys.count == 1 }
        firstSyllables = (KeyedTable(alone.map { ($0.key, $0.value) }), KeyFilter(Array(alone.keys)),
                          KeyFilter(phrases.filter { $0.count >= 2 }.map { SyllableKeys.pair($0[0], $0[1]) }))
    }

    /// Whether a named reference may start at token `start`: a capitalized word that starts a name
    /// (one probe). Callers test it first, so that most tokens never build the large result of
    /// `match(at:in:)`.
    @inline(__always)
    func mayStart(at start: Int, in text: AnalyzedText) -> Bool {
        text.isCapitalizedWord(at: start) && startsName(at: start, in: text)
    }

    /// Whether a word whose key is `key` may begin a name, by the filter of the first syllables alone
    /// (one load, no probe): the test `ReferenceStarts` pays at every capital, before `startsName`.
    @inline(__always)
    func mayBeginName(_ key: UInt64) -> Bool {
        firstSyllables?.filter.mayContain(key) ?? true
    }

    /// Whether the word at `start` and the next one may begin a name of the tables (`mayStart` without
    /// the capital): the filter first, which turns away most words, then the probe and the pair.
    @inline(__always)
    func startsName(at start: Int, in text: AnalyzedText) -> Bool {
        guard let firstSyllables else { return true }
        let key = text.keys[start]
        guard firstSyllables.filter.mayContain(key), let alone = firstSyllables.table.value(for: key) else { return false }
        return alone || (start + 1 < text.keys.count && firstSyllables.pairs.mayContain(SyllableKeys.pair(key, text.keys[start + 1])))
    }

    /// The named reference starting at token `start`: its token range and value.
    func match(at start: Int, in text: AnalyzedText) -> (tokens: Range<Int>, value: DocumentReference)? {
        guard mayStart(at: start, in: text) else { return nil }
        return partyResolution(at: start, in: text) ?? law(at: start, in: text)
    }

    /// A name that ends right before token `end` and starts with a law's type word (`Luật Xây
    /// dựng` before `số 50/2014/QH13`): the index of its first token and the name.
    func lawName(endingBefore end: Int, in text: AnalyzedText) -> (start: Int, name: String, type: String)? {
        if let match = laws.match(endingBefore: end, in: text), text.isCapitalizedWord(at: match.tokens.lowerBound) {
            return (match.tokens.lowerBound, match.value.name, match.value.type)
        }
        var start = end - 1
        while start >= 0, end - start <= 10, text.tokens[start].kind == .word || text.token(at: start, isMark: 0x2C) {
            if let type = lawTypes.match(startingAt: start, in: text), type.tokens.upperBound < end,
               text.isCapitalizedWord(at: start), text.isCapitalizedWord(at: type.tokens.upperBound) {
                return (start, text.string(inView: Int(text.tokens[start].start)..<Int(text.tokens[end - 1].end)), type.value.type)
            }
            start -= 1
        }
        return nil
    }

    private func law(at start: Int, in text: AnalyzedText) -> (tokens: Range<Int>, value: DocumentReference)? {
        var end: Int
        var name: String
        var type: String
        if mayStartLaw(at: start, in: text), let match = laws.match(startingAt: start, in: text) {
            (end, name, type) = (match.tokens.upperBound, match.value.name, match.value.type)
        } else if let match = lawTypes.match(startingAt: start, in: text), text.isCapitalizedWord(at: match.tokens.upperBound),
                  !text.token(at: start - 1, is: DocumentWords.ve) {
            // A name not in the table counts only with the year after it, and not as the subject
            // of another document (`Công ước … về Luật Biển năm 1982`).
            end = match.tokens.upperBound + 1
            while end < text.tokens.count, end - start < 6, text.tokens[end].kind == .word,
                  !text.token(at: end, is: DocumentWords.nam) {
                end += 1
            }
            guard year(at: end, in: text) != nil else { return nil }
            (name, type) = (text.string(inView: Int(text.tokens[start].start)..<Int(text.tokens[end - 1].end)), match.value.type)
        } else {
            return nil
        }
        var value = DocumentReference(documentType: type, system: .state, category: .normative, name: name, mention: .named)
        if let (year, yearEnd) = year(at: end, in: text) {
            value.year = year
            end = yearEnd
        }
        // `Hiến pháp Mỹ` is another country's constitution: without a year, a capitalized word after it says so.
        if value.year == nil, type == "Hiến pháp", text.isCapitalizedWord(at: end),
           !text.tokens[end].flags.contains(.sentenceStart) { return nil }
        value.canonical = value.year.map { "\(name) \($0)" } ?? name
        return (start..<end, value)
    }

    /// Whether a law of the table may start at token `start`: its first two syllables stand there.
    private func mayStartLaw(at start: Int, in text: AnalyzedText) -> Bool {
        guard let lawStarts else { return true }
        return start + 1 < text.keys.count && lawStarts.value(for: SyllableKeys.pair(text.keys[start], text.keys[start + 1])) != nil
    }

    /// `năm 2013` or `2013` at token `index`: the year and the index after it.
    private func year(at index: Int, in text: AnalyzedText) -> (Int, Int)? {
        let yearIndex = text.token(at: index, is: DocumentWords.nam) ? index + 1 : index
        guard let year = text.integer(at: yearIndex), (1945...2100).contains(year),
              !(text.token(at: yearIndex + 1, isMark: 0x2F) && !text.tokens[yearIndex + 1].flags.contains(.spaceBefore))
        else { return nil }
        return (year, yearIndex + 1)
    }

    /// `Nghị quyết [Hội nghị] Trung ương 4 [(]khóa XI[)]` or `Nghị quyết Đại hội [Đảng] [lần thứ] XIII`.
    private func partyResolution(at start: Int, in text: AnalyzedText) -> (tokens: Range<Int>, value: DocumentReference)? {
        var end: Int
        let name: String
        var plenary = false
        if let match = plenum.match(startingAt: start, in: text), let number = text.integer(at: match.tokens.upperBound, maxLength: 2) {
            end = match.tokens.upperBound + 1
            plenary = true
            if let (term, termEnd) = term(at: end, in: text) {
                name = "Nghị quyết Trung ương \(number) khóa \(term)"
                end = termEnd
            } else {
                name = "Nghị quyết Trung ương \(number)"
            }
        } else if let match = congress.match(startingAt: start, in: text) {
            end = match.tokens.upperBound
            if let ordinalWords = ordinal.match(startingAt: end, in: text) { end = ordinalWords.tokens.upperBound }
            guard let term = roman(at: end, in: text) else { return nil }
            end += 1
            name = "Nghị quyết Đại hội \(term)"
        } else {
            return nil
        }
        // Built only for a match: a reference is a large value.
        var value = DocumentReference(documentType: "Nghị quyết", system: .party, mention: .named)
        value.name = name
        if plenary {
            value.issuerCodes = ["TW"]
            value.issuerName = "Ban Chấp hành Trung ương Đảng"
        }
        value.canonical = name
        return (start..<end, value)
    }

    /// `khóa XI`, `(khóa XI)` or `- Khóa XI` at token `index`: the term and the index after it.
    private func term(at index: Int, in text: AnalyzedText) -> (String, Int)? {
        let dash = index < text.tokens.count && text.tokens[index].length == 1
            && UTF16Letters.isDash(text.view.units[Int(text.tokens[index].start)])
        let open = text.token(at: dash ? index + 1 : index, isMark: 0x28)
        let word = (dash ? index + 1 : index) + (open ? 1 : 0)
        guard text.token(at: word, is: DocumentWords.khoa), let term = roman(at: word + 1, in: text) else { return nil }
        if open {
            guard text.token(at: word + 2, isMark: 0x29) else { return nil }
            return (term, word + 3)
        }
        return (term, word + 2)
    }

    /// An upper-case Roman numeral token, or its digits (`XIII`, `13` → `XIII`).
    private func roman(at index: Int, in text: AnalyzedText) -> String? {
        if let number = text.integer(at: index, maxLength: 2), number > 0 { return RomanNumeral.string(number) }
        guard index < text.tokens.count, text.tokens[index].flags.contains(.allCapitals) else { return nil }
        let word = text.string(of: text.tokens[index])
        return RomanNumeral.value(word) != nil ? word : nil
    }
}
