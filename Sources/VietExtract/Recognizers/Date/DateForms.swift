/// The choice among the single forms: every parser is tried at a token and the longest reading wins.
extension DateGrammar {
    /// The longest single expression (not a range or list) starting at `index`.
    func single(at index: Int, anchored: Bool) -> DateMatch? {
        guard index < tokens.count, tokens[index].kind != .punctuation else { return nil }
        var best: DateMatch?
        func consider(_ match: DateMatch?) {
            guard let match, match.end > (best?.end ?? index) else { return }
            best = match
        }
        if tokens[index].kind == .number {
            guard mayStart(number: index) else { return nil }
            // Before a word (`22 tháng 10`, `3 năm trước`, `30 Tết`) only the spelled forms can go on;
            // before a separator only the numeric ones, unless the number is dotted itself (`6.2.2017`).
            let beforeWord = index + 1 < tokens.count && tokens[index + 1].kind == .word
            if !beforeWord || text.units(tokens[index].range).contains(0x2E) {
                consider(numericDate(at: index, anchored: anchored))
                consider(isoDate(at: index))
                if anchored { consider(monthYear(at: index)) }
                consider(yearRange(at: index, anchored: anchored))
            }
            if beforeWord {
                consider(spelledDay(at: index))
                consider(halfPhrase(at: index))
                consider(relativeOffset(at: index))
                consider(lunarPhrase(at: index))
            }
            // `16:06`, `10 giờ`.
            if isPunctuation(index + 1, 0x3A) || isWord(index + 1, DateWord.gio) { consider(clockPhrase(at: index)) }
        } else {
            // Only the parsers that can start at this word: the others would test it and fail.
            let starts = starts(atWord: index)
            guard !starts.isEmpty else { return nil }
            if starts.contains(.day) { consider(dayPhrase(at: index)) }
            if starts.contains(.month) { consider(monthPhrase(at: index)) }
            if starts.contains(.quarter) { consider(quarterPhrase(at: index)) }
            if starts.contains(.half) { consider(halfPhrase(at: index)) }
            if starts.contains(.year) { consider(yearPhrase(at: index)) }
            if starts.contains(.century) { consider(centuryPhrase(at: index)) }
            if starts.contains(.decade) { consider(decadePhrase(at: index)) }
            if starts.contains(.deictic) { consider(deictic(at: index)) }
            if starts.contains(.relative) { consider(relativeOffset(at: index)) }
            if starts.contains(.modified) { consider(modified(at: index)) }
            if starts.contains(.recurring) { consider(recurring(at: index)) }
            if starts.contains(.namedDay) { consider(namedDay(at: index)) }
            if starts.contains(.lunar) { consider(lunarPhrase(at: index)) }
            if starts.contains(.term) { consider(term(at: index)) }
            if starts.contains(.clock) { consider(clockPhrase(at: index)) }
            if starts.contains(.partOfDay) { consider(partOfDayPhrase(at: index)) }
            if starts.contains(.weekday) { consider(weekdayPhrase(at: index)) }
        }
        guard var match = best else { return nil }
        if let point = match.point, point.month != nil, point.shift == nil, let end = lunarMark(at: match.end) {
            match = match.with(end: end) { $0.lunar = true }
        }
        return match
    }
}
