/// Deictic and relative expressions: `hôm qua`, `tuần trước`, `năm nay`, `3 ngày trước`, `cách đây 2 năm`,
/// `2 tháng qua`, `3 tháng tới`; parts of a period (`đầu tháng 10`, `cuối năm`); sets (`hằng năm`).
extension DateGrammar {
    /// `hôm nay`, `tuần trước`, `năm ngoái`…
    func deictic(at index: Int) -> DateMatch? {
        guard let match = words.deictics.match(startingAt: index, in: text) else { return nil }
        // After a count, `tuần sau`/`năm trước` count from an event (`một tuần sau cuộc họp`).
        if index > 0, integer(index - 1) != nil || words.numbers.match(startingAt: index - 1, in: text)?.end == index { return nil }
        // `những năm qua`, `các tháng trước`: plural, not one period.
        if isWord(index - 1, DateWord.nhung) || isWord(index - 1, DateWord.cac) || isWord(index - 1, DateWord.nhieu) { return nil }
        var point = DatePoint()
        point.shift = match.value
        return DateMatch(index, match.end, point, "date.deictic")
    }

    /// `3 ngày trước`, `cách đây 2 năm`, `2 tháng qua`, `3 tháng tới`.
    func relativeOffset(at index: Int) -> DateMatch? {
        let ago = isWord(index, DateWord.cach) && isWord(index + 1, DateWord.day)
        let start = ago ? index + 2 : index
        guard let amount = count(at: start), let unit = words.units.match(startingAt: amount.end, in: text) else { return nil }
        if ago {
            var point = DatePoint()
            point.shift = Shift(unit: unit.value, amount: -amount.value)
            return DateMatch(index, unit.end, point, "date.relative")
        }
        if isWord(unit.end, DateWord.truoc), words.eventAnchors.match(startingAt: unit.end + 1, in: text) == nil {
            var point = DatePoint()
            point.shift = Shift(unit: unit.value, amount: -amount.value)
            return DateMatch(index, unit.end + 1, point, "date.relative")
        }
        if isWord(unit.end, DateWord.qua) {
            return DateMatch(index, unit.end + 1, .duration(amount: amount.value, unit: unit.value, direction: -1), "date.duration")
        }
        if isWord(unit.end, DateWord.toi) || (isWord(unit.end, DateWord.sap) && isWord(unit.end + 1, DateWord.toi)) {
            let end = isWord(unit.end, DateWord.toi) ? unit.end + 1 : unit.end + 2
            return DateMatch(index, end, .duration(amount: amount.value, unit: unit.value, direction: 1), "date.duration")
        }
        return nil
    }

    /// `đầu tháng 10`, `cuối năm 2013`, `giữa tháng`, `cuối năm`, `đầu thế kỷ 21`.
    func modified(at index: Int) -> DateMatch? {
        guard let modifier = words.modifiers.match(startingAt: index, in: text) else { return nil }
        let next = modifier.end
        if let inner = monthPhrase(at: next) ?? quarterPhrase(at: next) ?? yearPhrase(at: next) ?? centuryPhrase(at: next)
            ?? decadePhrase(at: next) ?? deictic(at: next), inner.point?.shift?.unit != .day {
            return inner.with(first: index, rule: inner.rule) { $0.modifier = modifier.value }
        }
        // `cuối năm`, `đầu tháng`, `giữa tuần`: the current period.
        guard let unit = words.units.match(startingAt: next, in: text), unit.value != .day,
              integer(unit.end) == nil else { return nil }
        var point = DatePoint()
        point.shift = Shift(unit: unit.value, amount: 0)
        point.modifier = modifier.value
        return DateMatch(index, unit.end, point, "date.deictic")
    }

    /// `hằng năm`, `mỗi tuần`.
    func recurring(at index: Int) -> DateMatch? {
        guard let match = words.sets.match(startingAt: index, in: text) else { return nil }
        return DateMatch(index, match.end, .set(unit: match.value), "date.set")
    }
}
