/// Ranges and lists: `từ 1/7 đến 31/12/2024`, `21-25/10`, `từ năm 2021 đến 2025`, `giai đoạn 2021-2025`,
/// `nhiệm kỳ 2020–2025`; and lists of days sharing one month (`ngày 16, 17 và 18-8`), read as one date each.
extension DateGrammar {
    /// Appends to `matches` the expressions starting at `index`: one expression, or the members of a
    /// list of days (the caller reuses one buffer, so that a match costs no array of its own).
    /// `followsDate` says that a date ends right before a comma or `và` before `index` (`30/8, 31/8`).
    func expressions(at index: Int, followsDate: Bool, into matches: inout [DateMatch]) {
        let isNumber = tokens[index].kind == .number
        if !isNumber, let range = wordLedRange(at: index) { return matches.append(range) }
        // Only the numeric forms read `anchored` and `weak` (a word-led form reads its own anchor).
        let anchor = isNumber ? anchor(before: index) : (anchored: false, weak: false)
        let anchored = followsDate || anchor.anchored
        // A bare day counts only as the start of a range (`21-25/10`), so only before a connector.
        let first = single(at: index, anchored: anchored)
            ?? (isNumber && afterConnector(at: index + 1) != nil ? bareDay(at: index) : nil)
        guard let first else { return }
        // After `từ`/`vào`, `3-5` is a count (`từ 3-5 tấn`, `từ 3-5:`) unless the clause ends or goes on
        // with `đến`/`và`/`nhưng` (`từ 18 - 3 đến nay`, `từ 18 - 3)`).
        if !followsDate, anchor.weak, first.rule == "date.day-month", isDash(first.first + 1) {
            if let range = range(from: first) { return matches.append(range) }
            let next = first.end
            let closes = next >= tokens.count || (tokens[next].kind == .punctuation && !isPunctuation(next, 0x3A))
                || isWord(next, DateWord.den) || isWord(next, DateWord.toi) || isWord(next, DateWord.va) || isWord(next, DateWord.but)
            if closes { matches.append(first) }
            return
        }
        if let range = range(from: first) { return matches.append(range) }
        if let list = list(from: first) { return matches.append(contentsOf: list) }
        if first.rule != "date.bare-day" { matches.append(first) }
    }

    /// A range led by the word at `index` (`từ A đến B`, `giai đoạn 2021-2025`), tried only when the word starts one.
    private func wordLedRange(at index: Int) -> DateMatch? {
        let starts = starts(atWord: index)
        return (starts.contains(.fromTo) ? fromTo(at: index) : nil) ?? (starts.contains(.period) ? period(at: index) : nil)
    }

    /// `từ A đến B`, `kể từ A tới B`, `từ A - B`.
    private func fromTo(at index: Int) -> DateMatch? {
        var start = index
        if isWord(index, DateWord.ke) { start += 1 }
        guard isWord(start, DateWord.tu), let from = single(at: start + 1, anchored: true) ?? bareDay(at: start + 1)
              ?? bareYear(at: start + 1) else { return nil }
        return range(from: from)?.widened(to: index)
    }

    /// `giai đoạn 2021-2025`, `nhiệm kỳ 2020–2025`, `năm học 2023-2024`: the years with the period's kind.
    private func period(at index: Int) -> DateMatch? {
        guard let word = words.periods.match(startingAt: index, in: text) else { return nil }
        let start = isWord(word.end, DateWord.nam) ? word.end + 1 : word.end
        guard let years = yearRange(at: start, anchored: true), case .interval(let from, let to, _) = years.expression else { return nil }
        return DateMatch(index, years.end, .interval(from, to, kind: word.value), "date.period", parts: years.parts)
    }

    /// The range that `from` opens, if a connector and a compatible end follow it.
    private func range(from: DateMatch) -> DateMatch? {
        guard case .point(var first) = from.expression, first.shift == nil else { return nil }
        guard let next = afterConnector(at: from.end) else { return nil }
        let isYear = first.year != nil && first.month == nil && first.quarter == nil && first.half == nil
        guard let to = single(at: next, anchored: true) ?? (isYear ? bareYear(at: next) : nil),
              case .point(let second) = to.expression, second.shift == nil else { return nil }
        // `3-5-2`, `2-3-1`: a team formation, not `3` to `5-2`.
        if isDash(next - 1), to.rule == "date.day-month", isDash(to.first + 1) { return nil }
        first = first.inheriting(from: second)
        guard isCompatible(first, second) else { return nil }
        let start = DateMatch(from.first, from.end, .point(first), from.rule == "date.bare-day" ? "date.day" : from.rule,
                              parts: from.parts)
        return DateMatch(from.first, to.end, .interval(first, second, kind: nil), "date.range", parts: [start, to])
    }

    /// The token after the connector of a range (`đến`, `tới`, a dash, `cho đến`) at `index`, if one stands there.
    func afterConnector(at index: Int) -> Int? {
        guard index >= 0, index < tokens.count else { return nil }
        switch tokens[index].kind {
        case .punctuation: return isDash(index) ? index + 1 : nil
        case .number: return nil
        case .word:
            let key = keys[index]
            if key == connectors.den || key == connectors.toi { return index + 1 }
            return key == connectors.cho && isWord(index + 1, connectors.den) ? index + 2 : nil
        }
    }

    /// Whether two points can bound one range: same calendar, no clock time on only one, the first not later.
    private func isCompatible(_ first: DatePoint, _ second: DatePoint) -> Bool {
        guard first.lunar == second.lunar, (first.century == nil) == (second.century == nil) else { return false }
        if let a = first.hour, let b = second.hour, first.day == second.day, first.month == second.month, first.year == second.year {
            return (a, first.minute ?? 0) < (b, second.minute ?? 0)
        }
        if let a = first.century, let b = second.century { return a < b && first.decade == nil && second.decade == nil }
        if first.day != nil && first.month == nil { return false }
        if first.year == nil && first.month == nil && first.quarter == nil { return false }
        if second.year == nil && second.month == nil && second.quarter == nil { return false }
        if let a = first.year, let b = second.year, a != b { return a < b }
        // Without years, a range may run over the new year (`từ 20/12 đến 5/1`).
        if let a = first.month, let b = second.month, a != b { return a < b || (first.year == nil && second.year == nil) }
        if let a = first.day, let b = second.day { return a < b }
        return true
    }

    /// `ngày 16, 17 và 18-8`: days joined by commas and `và`, the last with its month; each its own date.
    private func list(from first: DateMatch) -> [DateMatch]? {
        guard first.rule == "date.day", let point = first.point, point.day != nil, point.month == nil else { return nil }
        var members = [first]
        var index = first.end
        while isPunctuation(index, 0x2C) || isWord(index, DateWord.va) {
            let start = index + 1
            if let last = single(at: start, anchored: true), let lastPoint = last.point, lastPoint.day != nil, lastPoint.month != nil {
                let inherited = members.map { member in
                    DateMatch(member.first, member.end, member.point!.inheriting(from: lastPoint), "date.list")
                }
                return inherited + [last]
            }
            guard let day = bareDay(at: start) else { return nil }
            members.append(day)
            index = day.end
        }
        return nil
    }

    /// A day number standing alone, as the first member of a range or list (`21` in `21-25/10`).
    private func bareDay(at index: Int) -> DateMatch? {
        guard let day = dayNumber(index), !continuesNumber(before: index) else { return nil }
        var point = DatePoint()
        point.day = day
        return DateMatch(index, index + 1, point, "date.bare-day")
    }

    /// A four-digit year standing alone, at either end of a range of years (`từ năm 2021 đến 2025`).
    private func bareYear(at index: Int) -> DateMatch? {
        guard let year = yearNumber(index), !continuesNumber(after: index + 1) else { return nil }
        var point = DatePoint()
        point.year = year
        return DateMatch(index, index + 1, point, "date.year")
    }
}

extension DateMatch {
    /// The match with its span starting at `first` (to take in `từ`).
    func widened(to first: Int) -> DateMatch {
        DateMatch(first, end, expression, rule, parts: parts)
    }
}
