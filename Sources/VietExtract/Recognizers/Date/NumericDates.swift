/// Numeric dates: `22/10/2013`, `22-10-2013`, `6.2.2017`, `13 - 3`, `10/2013`, `2010-2015`.
extension DateGrammar {
    /// A day and month with an optional year, separated by `/`, a dash or `.`; without a year only when anchored.
    func numericDate(at index: Int, anchored: Bool) -> DateMatch? {
        guard !continuesNumber(before: index) else { return nil }
        if let dotted = dottedDate(at: index, anchored: anchored) { return dotted }
        guard let day = dayNumber(index), let separator = separator(index + 1), separator != 0x2E,
              let month = monthNumber(index + 2), sameSpacing(index + 1, index + 2) else { return nil }
        var point = DatePoint()
        point.day = day
        point.month = month
        var end = index + 3
        if self.separator(index + 3) == separator, let year = yearNumber(index + 4), sameSpacing(index + 3, index + 4) {
            point.year = year
            end = index + 5
        } else if !anchored || words.countNouns.match(startingAt: end, in: text) != nil {
            return nil
        }
        guard day <= CalendarDate.daysIn(month: month, year: point.year ?? 2000), !continuesNumber(after: end) else { return nil }
        return DateMatch(index, end, point, point.year == nil ? "date.day-month" : "date.numeric")
    }

    /// `2017-09-22`: an ISO 8601 date, written without spaces.
    func isoDate(at index: Int) -> DateMatch? {
        guard !continuesNumber(before: index), let year = yearNumber(index), isDash(index + 1), isGlued(index + 1),
              isGlued(index + 2), let month = integer(index + 2), month.digits == 2, isDash(index + 3), isGlued(index + 3),
              isGlued(index + 4), let day = integer(index + 4), day.digits == 2, !continuesNumber(after: index + 5),
              let date = CalendarDate(year: year, month: month.value, day: day.value) else { return nil }
        var point = DatePoint()
        point.setDay(date)
        return DateMatch(index, index + 5, point, "date.iso")
    }

    /// `6.2.2017` (one token), or `6.2` after a day word.
    private func dottedDate(at index: Int, anchored: Bool) -> DateMatch? {
        guard let fields = dottedFields(index) else { return nil }
        var point = DatePoint()
        if let year = fields.year {
            guard (1000...2199).contains(year) else { return nil }
            point.year = year
        } else {
            // `ngày 6.2`
            guard anchored, index > 0,
                  isWord(index - 1, DateWord.ngay) || isWord(index - 1, DateWord.mung) || isWord(index - 1, DateWord.mong)
            else { return nil }
        }
        guard (1...12).contains(fields.month), fields.day >= 1,
              fields.day <= CalendarDate.daysIn(month: fields.month, year: point.year ?? 2000) else { return nil }
        point.day = fields.day
        point.month = fields.month
        return DateMatch(index, index + 1, point, "date.numeric")
    }

    /// The fields of number token `index` when it has the shape of a dotted date: one or two digits,
    /// a dot, one or two digits, and optionally a dot and four digits (`6.2`, `06.02.2017`); read
    /// without allocating. Most dotted numbers (`1.000`, `12.500`) fail at once.
    func dottedFields(_ index: Int) -> (day: Int, month: Int, year: Int?)? {
        guard index < tokens.count, tokens[index].kind == .number, tokens[index].length >= 3 else { return nil }
        // The first dot comes after one or two digits: most numbers (`2020`, `1.000`) have none there.
        let start = Int(tokens[index].start)
        guard text.view.units[start + 1] == 0x2E || text.view.units[start + 2] == 0x2E else { return nil }
        var fields = (0, 0)
        var count = 1
        var digits = 0
        var value = 0
        for unit in text.units(tokens[index].range) {
            if unit == 0x2E {
                guard digits > 0, digits <= 2, count < 3 else { return nil }
                if count == 1 { fields.0 = value } else { fields.1 = value }
                count += 1
                value = 0
                digits = 0
            } else if UTF16Letters.isDigit(unit), digits < (count == 3 ? 4 : 2) {
                value = value * 10 + Int(unit - 0x30)
                digits += 1
            } else {
                return nil
            }
        }
        switch (count, digits) {
        case (3, 4): return (fields.0, fields.1, value)
        case (2, 1...2): return (fields.0, value, nil)
        default: return nil
        }
    }

    /// A month and four-digit year, `10/2013` or `12 - 2019` (after `tháng`, or anchored).
    func monthYear(at index: Int) -> DateMatch? {
        guard let month = monthNumber(index), let separator = separator(index + 1), separator != 0x2E,
              let year = yearNumber(index + 2), sameSpacing(index + 1, index + 2), !continuesNumber(after: index + 3) else { return nil }
        var point = DatePoint()
        point.month = month
        point.year = year
        return DateMatch(index, index + 3, point, "date.month-year")
    }

    /// `2010-2015`, `2020–2025`: two years joined by a dash, the second later and at most 50 years on.
    func yearRange(at index: Int, anchored: Bool) -> DateMatch? {
        guard !continuesNumber(before: index), let from = yearNumber(index), isDash(index + 1),
              let to = yearNumber(index + 2), to > from, to - from <= 50, !continuesNumber(after: index + 3) else { return nil }
        let standsAlone = index + 3 >= tokens.count || tokens[index + 3].kind == .punctuation
        let plausible = (1900...2100).contains(from) && (1900...2100).contains(to)
        guard anchored || isWord(index - 1, DateWord.nam) || (standsAlone && plausible) else { return nil }
        var first = DatePoint()
        first.year = from
        var second = DatePoint()
        second.year = to
        return DateMatch(index, index + 3, .interval(first, second, kind: nil), "date.year-range",
                         parts: [DateMatch(index, index + 1, first, "date.year"), DateMatch(index + 2, index + 3, second, "date.year")])
    }

    /// Whether spacing around a separator is even: both sides glued, or both spaced (`13 - 3`).
    private func sameSpacing(_ separator: Int, _ next: Int) -> Bool {
        isGlued(separator) == isGlued(next)
    }

    /// Whether the token glued before `index` makes it part of a longer code (`a/15`, `COVID-19`, `1.5/2`).
    func continuesNumber(before index: Int) -> Bool {
        guard index > 0, isGlued(index) else { return false }
        let previous = tokens[index - 1]
        if previous.kind != .punctuation { return true }
        let unit = text.view.units[Int(previous.start)]
        if UTF16Letters.isDash(unit) {
            // `COVID-19` continues a word; `21-25/10` starts a range.
            return index > 1 && isGlued(index - 1) && tokens[index - 2].kind == .word
        }
        return unit == 0x2F || unit == 0x2E || unit == 0x3A || unit == 0x5F || unit == 0x2C || unit == 0x25
    }

    /// Whether the text glued after the token before `end` continues a code or a fraction (`15/2020/NĐ-CP`, `1/2%`).
    func continuesNumber(after end: Int) -> Bool {
        guard end < tokens.count, isGlued(end) else { return false }
        let next = tokens[end]
        if next.kind != .punctuation { return true }
        let unit = text.view.units[Int(next.start)]
        if unit == 0x25 { return true }
        guard unit == 0x2F || UTF16Letters.isDash(unit) || unit == 0x2E || unit == 0x3A else { return false }
        // A slash, dash or colon followed at once by more of the code.
        return end + 1 < tokens.count && isGlued(end + 1) && tokens[end + 1].kind != .punctuation
    }
}
