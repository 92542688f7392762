/// Named days, the lunar calendar and terms of office: `Quốc khánh 2/9`, `Tết Nguyên đán Giáp Thìn`,
/// `mùng 1 Tết`, `30 Tết`, `Rằm tháng Giêng`, `ngày 10/3 âm lịch`, `khóa XI`, `Quốc hội khóa XV`.
extension DateGrammar {
    /// A named day from the table, with an optional date or year after it (`Quốc khánh 2/9/2025`).
    func namedDay(at index: Int) -> DateMatch? {
        guard let match = words.namedDays.match(startingAt: index, in: text) else { return nil }
        // `Nguyễn Quốc Khánh`, `Lê Trung Thu`: the end of a person's name, not the day.
        if isCapitalized(index), index > 0, tokens[index - 1].kind == .word, isCapitalized(index - 1) {
            let titleCase = (index..<match.end).allSatisfy { isCapitalized($0) }
            if !tokens[index - 1].flags.contains(.sentenceStart) || titleCase { return nil }
        }
        var point = match.value
        var end = match.end
        // `Quốc khánh Vương quốc Saudi Arabia`: another country's day, whose date the table does not know.
        if !point.lunar, point.year == nil, isCapitalized(end), tokens[end].kind == .word { return nil }
        if !point.lunar, let date = numericDate(at: end, anchored: true)?.point, date.day == point.day, date.month == point.month,
           let dateMatch = numericDate(at: end, anchored: true) {
            point.year = date.year
            end = dateMatch.end
        }
        if let year = lunarYear(at: end) {
            point.year = year.year
            point.cycle = year.cycle
            end = year.end
        }
        return DateMatch(index, end, point, point.lunar ? "date.lunar" : "date.named-day")
    }

    /// `Tết 2024`, `Tết Giáp Thìn`, `mùng 1 Tết`, `30 Tết`, `Rằm tháng Bảy`, `năm Giáp Thìn`.
    func lunarPhrase(at index: Int) -> DateMatch? {
        var point = DatePoint()
        point.lunar = true
        var end: Int
        if isWord(index, DateWord.tet), !isWord(index + 1, DateWord.nguyen) {
            point.month = 1
            point.day = 1
            point.name = words.tetName
            end = index + 1
            guard lunarYear(at: end) != nil else { return nil }
        } else if isWord(index, DateWord.mung) || isWord(index, DateWord.mong), let day = dayNumber(index + 1), day <= 10,
                  isWord(index + 2, DateWord.tet) {
            point.month = 1
            point.day = day
            end = index + 3
        } else if let day = dayNumber(index), day >= 23, isWord(index + 1, DateWord.tet) {
            point.month = 12
            point.day = day
            end = index + 2
        } else if isWord(index, DateWord.ram), let month = monthPhrase(at: index + 1), let monthPoint = month.point,
                  monthPoint.day == nil {
            point.month = monthPoint.month
            point.year = monthPoint.year
            point.day = 15
            end = month.end
        } else if isWord(index, DateWord.nam), let year = canChi(at: index + 1) {
            point.cycle = year.cycle
            return DateMatch(index, year.end, point, "date.lunar")
        } else {
            return nil
        }
        if let year = lunarYear(at: end) {
            point.year = year.year
            point.cycle = year.cycle
            end = year.end
        }
        return DateMatch(index, end, point, "date.lunar")
    }

    /// A lunar year after a lunar day: `Giáp Thìn`, `2024`, `năm 2024`, `năm Giáp Thìn`.
    private func lunarYear(at index: Int) -> (year: Int?, cycle: Int?, end: Int)? {
        let start = isWord(index, DateWord.nam) ? index + 1 : index
        if let year = yearNumber(start), !continuesNumber(after: start + 1) { return (year, nil, start + 1) }
        if let cycle = canChi(at: start) { return (nil, cycle.cycle, cycle.end) }
        return nil
    }

    /// A year name of the sixty-year cycle (`Giáp Thìn`): its place counted from Giáp Tý.
    func canChi(at index: Int) -> (cycle: Int, end: Int)? {
        guard isCapitalized(index), let stem = words.stems.match(startingAt: index, in: text), isCapitalized(stem.end),
              let branch = words.branches.match(startingAt: stem.end, in: text) else { return nil }
        guard let cycle = (0..<60).first(where: { $0 % 10 == stem.value && $0 % 12 == branch.value }) else { return nil }
        return (cycle, branch.end)
    }

    /// `âm lịch` or `(âm lịch)` after a date, marking it lunar; returns the token after the mark.
    func lunarMark(at index: Int) -> Int? {
        let open = isPunctuation(index, 0x28)
        guard let mark = words.lunarMarkers.match(startingAt: open ? index + 1 : index, in: text) else { return nil }
        if open { return isPunctuation(mark.end, 0x29) ? mark.end + 1 : nil }
        return mark.end
    }

    /// `khóa XI` of the Party Central Committee or `khóa XV` of the National Assembly, as the years of the term.
    func term(at index: Int) -> DateMatch? {
        guard isWord(index, DateWord.khoa), let number = roman(index + 1) else { return nil }
        // `khóa XII của Đảng`, `khóa XV của Quốc hội`.
        let after = !isWord(index + 2, DateWord.cua) ? nil : isWord(index + 3, DateWord.dang) ? "party"
            : isWord(index + 3, DateWord.quoc) && isWord(index + 4, DateWord.hoi) ? "assembly" : nil
        guard let body = termBody(before: index) ?? after, let years = words.terms[body + " " + romanText(number)] else { return nil }
        var first = DatePoint()
        first.year = years.start
        var second = DatePoint()
        second.year = years.end
        return DateMatch(index, index + 2, .interval(first, second, kind: "term"), "date.term")
    }

    /// Whether a Party or National Assembly word stands in the few tokens before `index`.
    private func termBody(before index: Int) -> String? {
        for position in stride(from: index - 1, through: max(0, index - 8), by: -1) {
            if isWord(position, DateWord.hoi), position > 0, isWord(position - 1, DateWord.quoc) { return "assembly" }
            if isWord(position, DateWord.qh) { return "assembly" }
            if isWord(position, DateWord.dang) || isWord(position, DateWord.uong)
                || isWord(position, DateWord.bct) || (isWord(position, DateWord.tri)
                    && position > 0 && isWord(position - 1, DateWord.chinh)) { return "party" }
            if tokens[position].kind == .punctuation, !isPunctuation(position, 0x28) { return nil }
        }
        return nil
    }

    private func romanText(_ value: Int) -> String {
        let tens = String(repeating: "X", count: value / 10)
        let ones = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"][value % 10]
        return tens + ones
    }
}
