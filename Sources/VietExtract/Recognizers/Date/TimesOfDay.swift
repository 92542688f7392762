/// Clock times, parts of day and weekdays, alone or before a date: `10h30`, `22h ngày 22/10`,
/// `3 giờ rưỡi chiều`, `16:06 24/01/2018`, `sáng 22/10`, `chiều qua`, `thứ Hai (21/10)`, `thứ 5 tuần trước`.
extension DateGrammar {
    /// A clock time at `index`: `10h30`, `10g`, `16:06`, `10 giờ 30 phút`, `3 giờ rưỡi`, `11 giờ kém 15`.
    /// `spelled` is true for `N giờ`, which alone may be a duration.
    func clock(at index: Int) -> (hour: Int, minute: Int?, end: Int, spelled: Bool)? {
        guard index < tokens.count, !continuesNumber(before: index) else { return nil }
        if tokens[index].kind == .word, tokens[index].flags.contains(.hasDigit) {
            // `10h15 phút`: the unit after a compact time belongs to it.
            return compactClock(index).map { ($0.hour, $0.minute, $0.minute != nil && isWord(index + 1, DateWord.phut) ? index + 2 : index + 1, false) }
        }
        guard let hour = integer(index), hour.digits <= 2, hour.value <= 24 else { return nil }
        if isPunctuation(index + 1, 0x3A), isGlued(index + 1), isGlued(index + 2), let minute = integer(index + 2),
           minute.digits == 2, minute.value < 60, hour.value < 24, !continuesNumber(after: index + 3) {
            return (hour.value, minute.value, index + 3, false)
        }
        guard isWord(index + 1, DateWord.gio) else { return nil }
        let next = index + 2
        if let minute = integer(next), minute.digits <= 2, minute.value < 60 {
            return (hour.value, minute.value, isWord(next + 1, DateWord.phut) ? next + 2 : next + 1, false)
        }
        if isWord(next, DateWord.ruoi) { return (hour.value, 30, next + 1, false) }
        if isWord(next, DateWord.kem), let minute = integer(next + 1), minute.value < 60, hour.value > 0 {
            return (hour.value - 1, 60 - minute.value, isWord(next + 2, DateWord.phut) ? next + 3 : next + 2, false)
        }
        // `21 giờ đồng hồ` is a length of time.
        if isWord(next, DateWord.dong) { return nil }
        return (hour.value, nil, next, true)
    }

    /// `10h30`, `10h`, `10g30`, `9H`: one token.
    private func compactClock(_ index: Int) -> (hour: Int, minute: Int?)? {
        var hour = 0, hourDigits = 0, minute = 0, minuteDigits = 0, sawMark = false
        for unit in text.units(tokens[index].range) {
            if UTF16Letters.isDigit(unit) {
                if sawMark { minute = minute * 10 + Int(unit - 0x30); minuteDigits += 1 } else { hour = hour * 10 + Int(unit - 0x30); hourDigits += 1 }
            } else if !sawMark, hourDigits > 0, unit == 0x68 || unit == 0x67 {
                sawMark = true
            } else {
                return nil
            }
        }
        guard sawMark, (1...2).contains(hourDigits), hour <= 24, minuteDigits == 0 || minuteDigits == 2, minute < 60 else { return nil }
        return (hour, minuteDigits == 0 ? nil : minute)
    }

    /// A clock time with what follows it: a part of day, then a day (`22h ngày 22/10`, `10h30 sáng nay`).
    func clockPhrase(at index: Int) -> DateMatch? {
        guard let clock = clock(at: index) else { return nil }
        // `trong 24h qua`, `suốt 10 giờ`: durations, not times.
        let duration = index > 0 && (isWord(index - 1, DateWord.trong) || isWord(index - 1, DateWord.suot)
                                     || isWord(index - 1, DateWord.sau))
        if duration || (clock.hour == 24 && (isWord(clock.end, DateWord.qua) || isWord(clock.end, DateWord.toi))) { return nil }
        var point = DatePoint()
        point.hour = clock.hour
        point.minute = clock.minute
        var end = clock.end
        var followed = false
        if let part = words.parts.match(startingAt: end, in: text) {
            point.hour = Self.hour(clock.hour, in: part.value)
            end = part.end
            followed = true
        }
        var parts: [DateMatch] = []
        if let day = dayAfter(at: end) {
            point.takeDate(from: day.point)
            if day.point.shift == nil { parts = [DateMatch(end, day.end, day.point, "date.day")] }
            end = day.end
            followed = true
        }
        // `10 giờ` alone may be a duration; `24h` alone is the newspaper's name or a day's length.
        if !followed, clock.hour == 24 || (clock.spelled && !isAnchored(index)) { return nil }
        return DateMatch(index, end, .point(point), "date.time", parts: parts)
    }

    /// The day that may follow a time or a part of day: `nay`, `hôm qua`, `ngày 22/10`, `22/10`, `thứ Hai`.
    private func dayAfter(at index: Int) -> (point: DatePoint, end: Int)? {
        if let suffix = words.daySuffixes.match(startingAt: index, in: text) {
            var point = DatePoint()
            point.shift = Shift(unit: .day, amount: suffix.value)
            return (point, suffix.end)
        }
        let start = isPunctuation(index, 0x2C) ? index + 1 : index
        let match = dayPhrase(at: start) ?? numericDate(at: start, anchored: true) ?? weekdayPhrase(at: start)
            ?? spelledDay(at: start)
        guard let match, let point = match.point, point.hasDay else { return nil }
        return (point, match.end)
    }

    /// A part of day before a day: `sáng 22/10`, `tối ngày 24/7/2020`, `chiều qua`, `rạng sáng 23/10`.
    func partOfDayPhrase(at index: Int) -> DateMatch? {
        guard let part = words.parts.match(startingAt: index, in: text), let day = dayAfter(at: part.end) else { return nil }
        var point = day.point
        point.partOfDay = part.value
        return DateMatch(index, day.end, point, "date.part-of-day")
    }

    /// A weekday, with the date or week after it: `thứ Hai (21/10)`, `Chủ nhật 20/10`, `thứ 5 tuần trước`.
    func weekdayPhrase(at index: Int) -> DateMatch? {
        var weekday: Int
        var end: Int
        var strong: Bool
        if let match = words.weekdays.match(startingAt: index, in: text) {
            weekday = match.value
            end = match.end
            let isSunday = weekday == 7 && match.end == index + 2
            strong = isSunday || (match.end == index + 2 && isCapitalized(index + 1))
        } else if isWord(index, DateWord.thu), let number = integer(index + 1), number.digits == 1, (2...7).contains(number.value) {
            weekday = number.value - 1
            end = index + 2
            strong = false
        } else {
            return nil
        }
        var point = DatePoint()
        point.weekday = weekday
        if let week = words.deictics.match(startingAt: end, in: text), week.value.unit == .week {
            point.shift = week.value
            return DateMatch(index, week.end, point, "date.weekday")
        }
        let parenthesized = isPunctuation(end, 0x28)
        let start = parenthesized || isPunctuation(end, 0x2C) ? end + 1 : end
        if let date = dayPhrase(at: start) ?? numericDate(at: start, anchored: true) ?? spelledDay(at: start),
           let datePoint = date.point, datePoint.day != nil, datePoint.month != nil {
            point.takeDate(from: datePoint)
            var dateEnd = date.end
            if parenthesized {
                guard isPunctuation(dateEnd, 0x29) else { return nil }
                dateEnd += 1
            }
            return DateMatch(index, dateEnd, point, "date.weekday")
        }
        return strong ? DateMatch(index, end, point, "date.weekday") : nil
    }

    /// The 24-hour value of an hour said with a part of day (`3 giờ chiều` is 15, `10 giờ đêm` 22).
    static func hour(_ hour: Int, in part: PartOfDay) -> Int {
        switch part {
        case .afternoon, .evening: return hour < 12 ? hour + 12 : hour
        case .night: return (6..<12).contains(hour) ? hour + 12 : hour
        case .morning, .midday: return hour
        }
    }
}

extension DatePoint {
    /// Copies the calendar fields of `other` (its day, month, year, shift, lunar marks), keeping this point's time.
    mutating func takeDate(from other: DatePoint) {
        year = other.year
        month = other.month
        day = other.day
        shift = other.shift
        lunar = other.lunar
        leap = other.leap
        dayOffset = other.dayOffset
        cycle = other.cycle
        if weekday == nil { weekday = other.weekday }
        if name == nil { name = other.name }
        if kind == nil { kind = other.kind }
    }
}
