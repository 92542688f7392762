/// The second-token test: which of the parsers a word starts (see `DateStarts`) find what they need
/// next, so that `DateRecognizer` skips most starter words (`các`, `hàng`, `một`, `đầu`, `từ`…) with a
/// look at the next token, and runs at the others only the parsers that can go on (`năm 2020`: the year).
///
/// Each test is a necessary condition read off its parser's first steps, never a sufficient one:
/// it may let a word through that no parser reads, never stop one that a parser would read.
extension DateGrammar {
    /// The parsers that the word at `index`, a starter, can start and go on past it.
    func goingOn(_ starter: DateStarter, at index: Int) -> DateStarts {
        let starts = starter.starts
        let next = index + 1
        // Forms whose next token varies too much to test cheaply (rare words), and those that go on alone.
        var kept = starts.intersection([.month, .quarter, .term]).union(starter.alone)
        // Table-led forms, counts, modifiers, decades and centuries: the word and the next one (see `DateFollowers`).
        if next < keys.count { kept.formUnion(starts.intersection(words.followers.starts(keys[index], before: keys[next]))) }
        if isNumber(next) { kept.formUnion(starts.intersection([.day, .year, .weekday])) }
        if starts.contains(.lunar), lunarMayGoOn(at: index) { kept.insert(.lunar) }
        if starts.contains(.fromTo), fromToMayGoOn(at: index) { kept.insert(.fromTo) }
        return kept
    }

    private func isNumber(_ index: Int) -> Bool {
        index < tokens.count && tokens[index].kind == .number
    }

    /// `Tết …`, `mùng 3 Tết`, `rằm tháng Giêng`, `năm Giáp Thìn`.
    private func lunarMayGoOn(at index: Int) -> Bool {
        let leads = words.leads
        if isWord(index, leads.mung) || isWord(index, leads.mong) { return isNumber(index + 1) }
        if isWord(index, leads.ram) { return isWord(index + 1, leads.thang) }
        if isWord(index, leads.nam) { return isCapitalized(index + 1) }
        return true
    }

    /// `kể từ …`, or `từ` before a number or a word some parser starts with.
    private func fromToMayGoOn(at index: Int) -> Bool {
        let next = index + 1
        if isWord(index, words.leads.ke) { return isWord(next, words.leads.tu) }
        guard next < tokens.count else { return false }
        switch tokens[next].kind {
        case .number: return true
        case .punctuation: return false
        case .word: return !starts(atWord: next).isEmpty
        }
    }
}
