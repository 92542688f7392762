/// The word tables of the date recognizer, loaded once from `Resources/dates/`.
/// A class, so that the grammar made for each text shares the tables instead of copying them.
final class DateWords: Sendable {
    let months: PhraseMatcher<Int>
    let numbers: PhraseMatcher<Int>
    let weekdays: PhraseMatcher<Int>
    let parts: PhraseMatcher<PartOfDay>
    let deictics: PhraseMatcher<Shift>
    let daySuffixes: PhraseMatcher<Int>
    let units: PhraseMatcher<DateUnit>
    let sets: PhraseMatcher<DateUnit>
    let modifiers: PhraseMatcher<DateValue.Modifier>
    let periods: PhraseMatcher<String>
    /// Words that anchor a bare day and month; false for the weak ones that anchor only `22/10`, not `22-10`.
    let triggers: PhraseMatcher<Bool>
    let lunarMarkers: PhraseMatcher<Bool>
    let countNouns: PhraseMatcher<Bool>
    let eventAnchors: PhraseMatcher<Bool>
    let namedDays: PhraseMatcher<DatePoint>
    /// The names of the named days, which points refer to by place (`DayName`).
    let dayNames: [String]
    /// The name a bare `Tết` is given.
    let tetName: DayName
    let stems: PhraseMatcher<Int>
    let branches: PhraseMatcher<Int>
    /// Every word a date expression can start with, and the parsers it can start (see `DateStarts`):
    /// the words the parsers test first (`DateStarts.fixedWords`) and the first syllables of the
    /// tables they begin with.
    let starters: KeyedTable<DateStarter>
    /// What must follow a starter for its table-led forms to go on.
    let followers: DateFollowers
    /// The keys of `starters`, to turn away most words before the probe.
    let starterFilter: KeyFilter
    /// The keys of the starters some of whose forms go on without a pair of `followers` (see
    /// `DateGrammar.goingOn`): any other starter goes on only before a word it makes a pair with.
    let looseStarters: KeyFilter
    /// The words a number-led form can go on with after its number (see `DateGrammar.mayStart(number:)`).
    let numberFollowers: KeyedTable<Bool>
    /// Term periods by body (`party`, `assembly`) and Roman term number.
    let terms: [String: (start: Int, end: Int)]
    /// The words the second-token tests of `DateGrammar.goingOn` compare with, read once: each read
    /// of a `DateWord` constant goes through its lazy initializer, and these tests run at most starters.
    let leads = (mung: DateWord.mung, mong: DateWord.mong, ram: DateWord.ram, thang: DateWord.thang, nam: DateWord.nam,
                 ke: DateWord.ke, tu: DateWord.tu)

    /// The built-in tables.
    init() throws(ResourceError) {
        let words = try TSVTable.resource("dates/words.tsv", required: ["kind", "phrase"])
        func lexicon<V>(_ kind: String, _ parse: (String) -> V?) throws(ResourceError) -> PhraseMatcher<V> {
            var pairs: [(String, V)] = []
            for row in words.rows where row["kind"] == kind {
                guard let value = parse(row["value"]) else {
                    throw .malformedLine(path: words.path, line: row.line, reason: "bad \(kind) value '\(row["value"])'")
                }
                guard !row["phrase"].isEmpty else {
                    throw .malformedLine(path: words.path, line: row.line, reason: "empty \(kind) phrase")
                }
                pairs.append((row["phrase"], value))
            }
            return PhraseMatcher(pairs)
        }
        let named = try TSVTable.resource("dates/named_days.tsv", required: ["phrase", "name", "calendar", "month"])
        var namedPairs: [(String, DatePoint)] = []
        var dayNames: [String] = []
        for row in named.rows {
            guard !row["phrase"].isEmpty else {
                throw .malformedLine(path: named.path, line: row.line, reason: "empty phrase")
            }
            var point = DatePoint()
            point.month = Int(row["month"])
            point.day = Int(row["day"])
            point.year = Int(row["year"])
            point.lunar = row["calendar"] == "lunar"
            point.dayOffset = Int(row["offset"]) ?? 0
            point.name = DayName(index: dayNames.count)
            dayNames.append(row["name"])
            point.kind = row["calendar"] == "event" ? .event : .holiday
            namedPairs.append((row["phrase"], point))
        }
        let canChi = try TSVTable.resource("dates/can_chi.tsv", required: ["kind", "name", "index"])
        func cycle(_ kind: String) -> PhraseMatcher<Int> {
            PhraseMatcher(canChi.rows.filter { $0["kind"] == kind && !$0["name"].isEmpty }.compactMap { row in
                Int(row["index"]).map { (row["name"], $0) }
            })
        }
        let termTable = try TSVTable.resource("dates/terms.tsv", required: ["body", "term", "start", "end"])
        var terms: [String: (start: Int, end: Int)] = [:]
        for row in termTable.rows {
            guard let start = Int(row["start"]), let end = Int(row["end"]) else {
                throw .malformedLine(path: termTable.path, line: row.line, reason: "years must be numbers")
            }
            terms[row["body"] + " " + row["term"]] = (start, end)
        }
        let numbers = try lexicon("number") { Int($0) }
        let weekdays = try lexicon("weekday") { Int($0) }
        let parts = try lexicon("part") { PartOfDay(rawValue: $0) }
        let deictics: PhraseMatcher<Shift> = try lexicon("deictic") { value in
            let fields = value.split(separator: " ")
            guard fields.count == 2, let unit = DateUnit(rawValue: String(fields[0])), let amount = Int(fields[1]) else { return nil }
            return Shift(unit: unit, amount: amount)
        }
        let sets = try lexicon("set") { DateUnit(rawValue: $0) }
        let modifiers = try lexicon("modifier") { DateValue.Modifier(rawValue: $0) }
        let periods = try lexicon("period") { $0.isEmpty ? nil : $0 }
        let namedDays = PhraseMatcher(namedPairs)
        let units = try lexicon("unit") { DateUnit(rawValue: $0) }
        var starts: [UInt64: DateStarts] = [:]
        for (word, parsers) in DateStarts.fixedWords { starts[word, default: []].formUnion(parsers) }
        // (No phrase here is empty, so none matches anywhere and every table has its first keys.)
        for (keys, parsers) in [(numbers.firstKeys, DateStarts([.half, .relative])), (weekdays.firstKeys, .weekday),
                                (parts.firstKeys, .partOfDay), (deictics.firstKeys, .deictic), (sets.firstKeys, .recurring),
                                (modifiers.firstKeys, .modified), (periods.firstKeys, .period),
                                (namedDays.firstKeys, .namedDay)] as [([UInt64]?, DateStarts)] {
            for key in keys ?? [] { starts[key, default: []].formUnion(parsers) }
        }
        var followers = DateFollowers.Builder()
        func phrases(_ kind: String) -> [[UInt64]] {
            words.rows.filter { $0["kind"] == kind }.map { SyllableKeys.keys(ofPhrase: $0["phrase"]) }
        }
        for (kind, parsers) in [("weekday", DateStarts.weekday), ("part", .partOfDay), ("deictic", .deictic),
                                ("set", .recurring), ("period", .period)] {
            for keys in phrases(kind) { followers.add(phrase: keys, parsers) }
        }
        for (phrase, _) in namedPairs { followers.add(phrase: SyllableKeys.keys(ofPhrase: phrase), .namedDay) }
        // A modifier or a count of one word goes on before what it modifies or counts (`đầu tháng`, `một năm`).
        let modifiable = [DateWord.thang, DateWord.quy, DateWord.nam, DateWord.the, DateWord.thap, DateWord.nhung,
                          DateWord.cac] + (units.firstKeys ?? []) + (deictics.firstKeys ?? [])
        for (kind, next, parsers) in [("modifier", modifiable, DateStarts.modified),
                                      ("number", [DateWord.thang] + (units.firstKeys ?? []), [.half, .relative])] {
            for keys in phrases(kind) {
                if keys.count == 1 { followers.add(keys[0], before: next, parsers) } else { followers.add(phrase: keys, parsers) }
            }
        }
        followers.add(alone: DateWord.nua, [.half, .relative])
        followers.add(DateWord.cach, before: [DateWord.day], .relative)
        followers.add(DateWord.the, before: [DateWord.ky, DateWord.ki], .century)
        for (word, parsers) in DateStarts.fixedWords where parsers.contains(.decade) {
            followers.add(word, before: [DateWord.nam, DateWord.nien, DateWord.ky, DateWord.ki], .decade)
        }
        self.followers = DateFollowers(followers)
        self.numbers = numbers
        self.weekdays = weekdays
        self.parts = parts
        self.deictics = deictics
        self.units = units
        self.sets = sets
        self.modifiers = modifiers
        self.periods = periods
        self.namedDays = namedDays
        self.terms = terms
        tetName = DayName(index: dayNames.count)
        self.dayNames = dayNames + ["Tết Nguyên đán"]
        months = try lexicon("month") { Int($0) }
        daySuffixes = try lexicon("day_suffix") { Int($0) }
        triggers = try lexicon("trigger") { $0 != "weak" }
        lunarMarkers = try lexicon("lunar") { _ in true }
        countNouns = try lexicon("count_noun") { _ in true }
        eventAnchors = try lexicon("event_anchor") { _ in true }
        stems = cycle("stem")
        branches = cycle("branch")
        starters = KeyedTable(starts.map { word, parsers in
            (word, DateStarter(starts: parsers, alone: parsers.intersection(followers.alone[word] ?? [])))
        })
        starterFilter = KeyFilter(Array(starts.keys))
        let unpaired: DateStarts = [.month, .quarter, .term, .day, .year, .weekday, .lunar, .fromTo]
        looseStarters = KeyFilter(starts.compactMap { word, parsers in
            !parsers.isDisjoint(with: unpaired) || !parsers.isDisjoint(with: followers.alone[word] ?? []) ? word : nil
        })
        numberFollowers = KeyedTable(Set((units.firstKeys ?? []) + [DateWord.thang, DateWord.tet, DateWord.gio]).map { ($0, true) })
    }
}
