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
            consider(numericDate(at: index, anchored: anchored))
            consider(isoDate(at: index))
            if anchored { consider(monthYear(at: index)) }
            consider(yearRange(at: index, anchored: anchored))
            consider(spelledDay(at: index))
            consider(halfPhrase(at: index))
            consider(relativeOffset(at: index))
            consider(lunarPhrase(at: index))
            consider(clockPhrase(at: index))
        } else {
            consider(dayPhrase(at: index))
            consider(monthPhrase(at: index))
            consider(quarterPhrase(at: index))
            consider(halfPhrase(at: index))
            consider(yearPhrase(at: index))
            consider(centuryPhrase(at: index))
            consider(decadePhrase(at: index))
            consider(deictic(at: index))
            consider(relativeOffset(at: index))
            consider(modified(at: index))
            consider(recurring(at: index))
            consider(namedDay(at: index))
            consider(lunarPhrase(at: index))
            consider(term(at: index))
            consider(clockPhrase(at: index))
            consider(partOfDayPhrase(at: index))
            consider(weekdayPhrase(at: index))
        }
        guard var match = best else { return nil }
        if let point = match.point, point.month != nil, point.shift == nil, let end = lunarMark(at: match.end) {
            match = match.with(end: end) { $0.lunar = true }
        }
        return match
    }
}
