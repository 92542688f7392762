/// The second-token test: which of the parsers a word starts (see `DateStarts`) find what they need
/// next, so that `DateRecognizer` skips most starter words (`các`, `hàng`, `một`, `đầu`, `từ`…) with a
/// look at the next token, and runs at the others only the parsers that can go on (`năm 2020`: the year).
///
/// Each test is a necessary condition read off its parser's first steps, never a sufficient one:
/// it may let a word through that no parser reads, never stop one that a parser would read.
extension DateGrammar {
    /// The parsers of `starts` that can go on past the word at `index`.
    func goingOn(_ starts: DateStarts, at index: Int) -> DateStarts {
        let next = index + 1
        // Forms whose next token varies too much to test cheaply (rare words).
        var kept = starts.intersection([.month, .quarter, .term, .clock])
        if starts.contains(.day), isNumber(next) { kept.insert(.day) }
        if starts.contains(.year), isNumber(next) { kept.insert(.year) }
        if starts.contains(.century), isWord(next, DateWord.ky) || isWord(next, DateWord.ki) { kept.insert(.century) }
        if starts.contains(.decade), isWord(next, DateWord.nam) || isWord(next, DateWord.nien) || isWord(next, DateWord.ky)
            || isWord(next, DateWord.ki) { kept.insert(.decade) }
        if starts.contains(.lunar), lunarMayGoOn(at: index) { kept.insert(.lunar) }
        if !starts.isDisjoint(with: [.half, .relative]), countMayGoOn(at: index) {
            kept.formUnion(starts.intersection([.half, .relative]))
        }
        if starts.contains(.fromTo), fromToMayGoOn(at: index) { kept.insert(.fromTo) }
        // Table-led forms: their phrase must stand at the word.
        if starts.contains(.deictic), words.deictics.match(startingAt: index, in: text) != nil { kept.insert(.deictic) }
        if starts.contains(.modified), modifiedMayGoOn(at: index) { kept.insert(.modified) }
        if starts.contains(.recurring), words.sets.match(startingAt: index, in: text) != nil { kept.insert(.recurring) }
        if starts.contains(.namedDay), words.namedDays.match(startingAt: index, in: text) != nil { kept.insert(.namedDay) }
        if starts.contains(.partOfDay), words.parts.match(startingAt: index, in: text) != nil { kept.insert(.partOfDay) }
        if starts.contains(.period), words.periods.match(startingAt: index, in: text) != nil { kept.insert(.period) }
        if starts.contains(.weekday), isNumber(next) || words.weekdays.match(startingAt: index, in: text) != nil {
            kept.insert(.weekday)
        }
        return kept
    }

    private func isNumber(_ index: Int) -> Bool {
        index < tokens.count && tokens[index].kind == .number
    }

    /// `Tết …`, `mùng 3 Tết`, `rằm tháng Giêng`, `năm Giáp Thìn`.
    private func lunarMayGoOn(at index: Int) -> Bool {
        if isWord(index, DateWord.mung) || isWord(index, DateWord.mong) { return isNumber(index + 1) }
        if isWord(index, DateWord.ram) { return isWord(index + 1, DateWord.thang) }
        if isWord(index, DateWord.nam) { return isCapitalized(index + 1) }
        return true
    }

    /// `nửa đầu năm`, `cách đây 2 năm`, or a count before `tháng` or a unit (`hai năm qua`, `6 tháng đầu năm`).
    private func countMayGoOn(at index: Int) -> Bool {
        if isWord(index, DateWord.nua) { return true }
        if isWord(index, DateWord.cach) { return isWord(index + 1, DateWord.day) }
        guard let count = count(at: index) else { return false }
        return isWord(count.end, DateWord.thang) || words.units.match(startingAt: count.end, in: text) != nil
    }

    /// `đầu tháng 10`, `cuối năm`, `giữa tuần`, `cuối thế kỷ 20`: a modifier, then a word that starts the
    /// inner form (`tháng`, `quý`, `năm`, `thế`, `thập`, `những`, `các`), a deictic or a unit.
    private func modifiedMayGoOn(at index: Int) -> Bool {
        guard let modifier = words.modifiers.match(startingAt: index, in: text) else { return false }
        let next = modifier.end
        return isWord(next, DateWord.thang) || isWord(next, DateWord.quy) || isWord(next, DateWord.nam)
            || isWord(next, DateWord.the) || isWord(next, DateWord.thap) || isWord(next, DateWord.nhung)
            || isWord(next, DateWord.cac) || words.units.match(startingAt: next, in: text) != nil
            || words.deictics.match(startingAt: next, in: text) != nil
    }

    /// `kể từ …`, or `từ` before a number or a word some parser starts with.
    private func fromToMayGoOn(at index: Int) -> Bool {
        let next = index + 1
        if isWord(index, DateWord.ke) { return isWord(next, DateWord.tu) }
        guard next < tokens.count else { return false }
        switch tokens[next].kind {
        case .number: return true
        case .punctuation: return false
        case .word: return !starts(atWord: next).isEmpty
        }
    }
}
