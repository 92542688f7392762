/// Dates spelled with words: `ngày 22 tháng 10 năm 2013`, `tháng Mười`, `quý III/2013`, `năm 2013`,
/// `6 tháng đầu năm`, `thế kỷ XX`, `thập niên 1990`, `những năm 80`.
extension DateGrammar {
    /// `ngày`/`hôm`/`mùng` + a day: `ngày 22/10`, `ngày 22 tháng 10 năm 2013`, `mùng 3 tháng 3`, `ngày 15`.
    func dayPhrase(at index: Int) -> DateMatch? {
        let isDayWord = isWord(index, DateWord.ngay) || isWord(index, DateWord.hom)
        let isMung = isWord(index, DateWord.mung) || isWord(index, DateWord.mong)
        guard isDayWord || isMung else { return nil }
        if let numeric = numericDate(at: index + 1, anchored: true) {
            return DateMatch(index, numeric.end, numeric.expression, numeric.rule)
        }
        if let spelled = spelledDay(at: index + 1) { return spelled.with(first: index) { _ in } }
        guard let day = dayNumber(index + 1), !continuesNumber(after: index + 2) else { return nil }
        // A bare day (`ngày 15,`), when nothing makes the number a count.
        let next = index + 2
        let closes = next >= tokens.count || tokens[next].kind == .punctuation || isWord(next, DateWord.va)
            || isWord(next, DateWord.den) || isWord(next, DateWord.toi)
        guard closes || isMung else { return nil }
        var point = DatePoint()
        point.day = day
        return DateMatch(index, next, point, "date.day")
    }

    /// `22 tháng 10 [năm 2013]`: a day followed by a month phrase.
    func spelledDay(at index: Int) -> DateMatch? {
        guard let day = dayNumber(index), let month = monthPhrase(at: index + 1), let point = month.point,
              point.month != nil, point.day == nil,
              day <= CalendarDate.daysIn(month: point.month!, year: point.year ?? 2000) else { return nil }
        return month.with(first: index, rule: "date.spelled") { $0.day = day }
    }

    /// `tháng 10`, `tháng 09/2025`, `tháng 10 năm 2013`, `tháng Mười`, `tháng Giêng` (lunar), `tháng 12 - 2019`.
    func monthPhrase(at index: Int) -> DateMatch? {
        guard isWord(index, DateWord.thang) else { return nil }
        var point = DatePoint()
        var end: Int
        if let numeric = monthYear(at: index + 1) {
            return numeric.with(first: index, rule: "date.month") { _ in }
        } else if let month = monthNumber(index + 1), !continuesNumber(after: index + 2) {
            point.month = month
            end = index + 2
        } else if let word = words.months.match(startingAt: index + 1, in: text) {
            let lunarName = isWord(index + 1, DateWord.giengMonth) || isWord(index + 1, DateWord.chapMonth)
            guard lunarName || isCapitalized(index + 1) else { return nil }
            point.month = word.value
            point.lunar = lunarName
            end = word.end
        } else {
            return nil
        }
        if let year = yearSuffix(at: end) {
            point.year = year.year
            point.shift = year.shift
            end = year.end
        }
        return DateMatch(index, end, point, "date.month")
    }

    /// `năm 2013`, `năm nay`/`năm ngoái`… after a month or quarter, or `/2013`.
    func yearSuffix(at index: Int) -> (year: Int?, shift: Shift?, end: Int)? {
        if separator(index) == 0x2F || (isDash(index) && isGlued(index) == isGlued(index + 1)),
           let year = yearNumber(index + 1), !continuesNumber(after: index + 2) {
            return (year, nil, index + 2)
        }
        if isWord(index, DateWord.nam), let year = yearNumber(index + 1) { return (year, nil, index + 2) }
        if let deictic = words.deictics.match(startingAt: index, in: text), deictic.value.unit == .year {
            return (nil, deictic.value, deictic.end)
        }
        return nil
    }

    /// `năm 2013`.
    func yearPhrase(at index: Int) -> DateMatch? {
        guard isWord(index, DateWord.nam), let year = yearNumber(index + 1), !continuesNumber(after: index + 2) else { return nil }
        var point = DatePoint()
        point.year = year
        return DateMatch(index, index + 2, point, "date.year")
    }

    /// `quý III/2013`, `quý 3 năm 2013`, `quý ba`, `quý I`.
    func quarterPhrase(at index: Int) -> DateMatch? {
        guard isWord(index, DateWord.quy) else { return nil }
        var quarter: Int
        var end = index + 2
        if let value = roman(index + 1) ?? integer(index + 1).flatMap({ $0.digits == 1 ? $0.value : nil }) {
            quarter = value
        } else if let word = words.numbers.match(startingAt: index + 1, in: text) {
            quarter = word.value
            end = word.end
        } else {
            return nil
        }
        guard (1...4).contains(quarter) else { return nil }
        var point = DatePoint()
        point.quarter = quarter
        if let year = yearSuffix(at: end) {
            point.year = year.year
            point.shift = year.shift
            end = year.end
        }
        return DateMatch(index, end, point, "date.quarter")
    }

    /// `6 tháng đầu năm [2013]`, `6 tháng cuối năm`, `nửa đầu năm`, `nửa cuối năm nay`.
    func halfPhrase(at index: Int) -> DateMatch? {
        var next: Int
        if let six = count(at: index), six.value == 6, isWord(six.end, DateWord.thang) {
            next = six.end + 1
        } else if isWord(index, DateWord.nua) {
            next = index + 1
        } else {
            return nil
        }
        guard let modifier = words.modifiers.match(startingAt: next, in: text), modifier.value != .mid,
              isWord(modifier.end, DateWord.nam) else { return nil }
        var point = DatePoint()
        point.half = modifier.value == .early ? 1 : 2
        var end = modifier.end + 1
        if let year = yearNumber(end), !continuesNumber(after: end + 1) {
            point.year = year
            end += 1
        } else if let deictic = words.deictics.match(startingAt: modifier.end, in: text), deictic.value.unit == .year {
            point.shift = deictic.value
            end = deictic.end
        } else {
            point.shift = Shift(unit: .year, amount: 0)
        }
        return DateMatch(index, end, point, "date.half")
    }

    /// `thế kỷ XX`, `thế kỉ 21`.
    func centuryPhrase(at index: Int) -> DateMatch? {
        guard isWord(index, DateWord.the), isWord(index + 1, DateWord.ky) || isWord(index + 1, DateWord.ki),
              let number = roman(index + 2) ?? integer(index + 2).flatMap({ $0.digits <= 2 ? $0.value : nil }),
              (1...30).contains(number) else { return nil }
        var point = DatePoint()
        point.century = number - 1
        return DateMatch(index, index + 3, point, "date.century")
    }

    /// `thập niên 1990`, `thập kỷ 90`, `những năm 80`, `những năm 1980 của thế kỷ XX`.
    func decadePhrase(at index: Int) -> DateMatch? {
        let isThapNien = isWord(index, DateWord.thap)
            && (isWord(index + 1, DateWord.nien) || isWord(index + 1, DateWord.ky) || isWord(index + 1, DateWord.ki))
        let isNhungNam = (isWord(index, DateWord.nhung) || isWord(index, DateWord.cac)) && isWord(index + 1, DateWord.nam)
        guard isThapNien || isNhungNam, let number = integer(index + 2), number.value % 10 == 0,
              !continuesNumber(after: index + 3) else { return nil }
        var point = DatePoint()
        var end = index + 3
        switch number.digits {
        case 4 where (1000...2190).contains(number.value):
            point.decade = number.value / 10
        case 2:
            // The century is inferred: `những năm 80` are the 1980s, `thập niên 20` the 1920s.
            point.decade = 190 + number.value / 10
            if isWord(end, DateWord.cua), let century = centuryPhrase(at: end + 1)?.point?.century {
                point.decade = century * 10 + number.value / 10
                end = end + 4
            } else if isWord(end, DateWord.cua), isWord(end + 1, DateWord.the), isWord(end + 3, DateWord.truoc) {
                end = end + 4
            }
        default:
            return nil
        }
        return DateMatch(index, end, point, "date.decade")
    }
}
