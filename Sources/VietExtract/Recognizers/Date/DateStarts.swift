/// The parsers that can read an expression starting at a word, as found by one lookup of the word.
///
/// Every parser of a word-led form tests its first word before anything else: a fixed word
/// (`ngày`, `tháng`, `từ`) or the first syllable of a table (weekdays, deictics, named days…).
/// `DateWords.starters` maps each such word to the parsers it can start, so that `DateGrammar`
/// runs at a word only the few parsers that can match there, and skips the words no parser tests.
struct DateStarts: OptionSet, Sendable {
    let rawValue: UInt32

    static let day = DateStarts(rawValue: 1 << 0)
    static let month = DateStarts(rawValue: 1 << 1)
    static let quarter = DateStarts(rawValue: 1 << 2)
    static let half = DateStarts(rawValue: 1 << 3)
    static let year = DateStarts(rawValue: 1 << 4)
    static let century = DateStarts(rawValue: 1 << 5)
    static let decade = DateStarts(rawValue: 1 << 6)
    static let deictic = DateStarts(rawValue: 1 << 7)
    static let relative = DateStarts(rawValue: 1 << 8)
    static let modified = DateStarts(rawValue: 1 << 9)
    static let recurring = DateStarts(rawValue: 1 << 10)
    static let namedDay = DateStarts(rawValue: 1 << 11)
    static let lunar = DateStarts(rawValue: 1 << 12)
    static let term = DateStarts(rawValue: 1 << 13)
    /// A compact clock time (`10h30`): a word with a digit, not a word of the table.
    static let clock = DateStarts(rawValue: 1 << 14)
    static let partOfDay = DateStarts(rawValue: 1 << 15)
    static let weekday = DateStarts(rawValue: 1 << 16)
    /// `từ A đến B`, `kể từ A tới B`.
    static let fromTo = DateStarts(rawValue: 1 << 17)
    /// `giai đoạn 2021-2025`.
    static let period = DateStarts(rawValue: 1 << 18)

    /// The fixed words each parser tests first, at the token where its expression starts (the
    /// tables' first syllables are added by `DateWords`). A parser that begins with a new word must
    /// list it here.
    static let fixedWords: [(word: UInt64, starts: DateStarts)] = [
        (DateWord.ngay, .day), (DateWord.hom, .day), (DateWord.mung, [.day, .lunar]), (DateWord.mong, [.day, .lunar]),
        (DateWord.thang, .month), (DateWord.quy, .quarter), (DateWord.nua, .half), (DateWord.nam, [.year, .lunar]),
        (DateWord.the, .century), (DateWord.thap, .decade), (DateWord.nhung, .decade), (DateWord.cac, .decade),
        (DateWord.cach, .relative), (DateWord.tet, .lunar), (DateWord.ram, .lunar), (DateWord.khoa, .term),
        (DateWord.thu, .weekday), (DateWord.tu, .fromTo), (DateWord.ke, .fromTo),
    ]
}
