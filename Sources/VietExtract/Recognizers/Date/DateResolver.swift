/// Turns a parsed expression into its `DateValue`: the ISO form of what the text says and, given a
/// reference date, the value completed from it.
///
/// A day and month without a year take the year that puts them nearest the reference (`ngày 22/10`
/// read on 2014-10-05 is 2014-10-22; on 2015-01-03 it is 2014-10-22 too). Lunar dates without a year
/// take the nearest lunar year; deictic expressions count from the reference.
enum DateResolver {
    /// The value of `expression`; `names` are the named days' names that points refer to (`DateWords.dayNames`).
    static func value(of expression: DateExpression, reference: CalendarDate?, names: [String]) -> DateValue {
        switch expression {
        case .point(let point):
            return value(of: point, reference: reference, names: names)
        case .interval(let first, let second, let kind):
            let from = value(of: first, reference: reference, names: names)
            var to = value(of: second, reference: reference, names: names)
            // An end without a year follows its start: `từ 27/4 đến 31/12` ends in the start's year or the next.
            if second.year == nil, second.shift == nil, !second.lunar, let start = from.resolved, let end = to.resolved,
               end < start, let startYear = Int(start.prefix(4)) {
                var later = second
                later.year = end.hasPrefix(String(startYear)) ? startYear + 1 : startYear
                to.resolved = value(of: later, reference: nil, names: names).iso
                to.inferred = true
            }
            var value = DateValue(type: .interval, iso: joined(from.iso, to.iso), granularity: from.granularity,
                                  kind: kind ?? first.kind?.rawValue)
            if reference != nil, let resolved = joined(from.resolved, to.resolved) {
                value.resolved = resolved
                value.inferred = from.inferred || to.inferred
            }
            value.weekdayMismatch = from.weekdayMismatch || to.weekdayMismatch
            value.lunar = from.lunar
            return value
        case .duration(let amount, let unit, let direction):
            var value = DateValue(type: .duration, iso: unit.duration(amount), granularity: granularity(of: unit),
                                  relative: direction < 0 ? "-" + unit.duration(amount) : "+" + unit.duration(amount))
            if let reference {
                value.resolved = direction < 0 ? "\(unit.duration(amount))/\(reference)" : "\(reference)/\(unit.duration(amount))"
                value.inferred = true
            }
            return value
        case .set(let unit):
            return DateValue(type: .set, iso: unit.duration(1), granularity: granularity(of: unit))
        }
    }

    private static func joined(_ first: String?, _ second: String?) -> String? {
        guard let first, let second else { return nil }
        return "\(first)/\(second)"
    }

    private static func granularity(of unit: DateUnit) -> DateValue.Granularity {
        switch unit {
        case .day: return .day
        case .week: return .week
        case .month: return .month
        case .quarter: return .quarter
        case .year: return .year
        }
    }

    /// The fields are gathered first and the value built once at the end: a value holds several
    /// strings, and each copy of one retains and releases them all.
    private static func value(of point: DatePoint, reference: CalendarDate?, names: [String]) -> DateValue {
        let iso = iso(of: point)
        var relative: String?
        if let shift = point.shift {
            relative = ISOText.write { text in
                if shift.amount == 0 {
                    text.append("P0")
                    text.append(shift.unit.designator)
                } else {
                    text.append(shift.amount < 0 ? "-" : "+")
                    shift.unit.write(abs(shift.amount), into: &text)
                }
            }
        }
        var resolved: String?
        var inferred = false
        var lunar: LunarDate?
        var weekdayMismatch = false
        // Without a reference date, only a lunar date or a weekday has more to tell.
        if reference != nil || point.lunar || point.weekday != nil {
            var completed: DatePoint?
            if let reference {
                if let shift = point.shift, shift.unit == .week, point.weekday == nil {
                    resolved = reference.adding(days: 7 * shift.amount).isoWeek + timeSuffix(of: point)
                } else if let full = complete(point, reference: reference), let text = self.iso(of: full) {
                    completed = full
                    resolved = text
                }
                inferred = resolved != nil && resolved != iso
            }
            let known = completed ?? point
            if point.lunar, let month = known.month {
                lunar = LunarDate(year: known.year, month: month, day: point.day, leap: point.leap)
            }
            if let weekday = point.weekday, let date = solarDay(of: known) {
                weekdayMismatch = date.isoWeekday != weekday
            }
        }
        return DateValue(type: point.hasTime ? .time : .date, iso: iso, granularity: point.granularity, modifier: point.modifier,
                         resolved: resolved, inferred: inferred, weekday: point.weekday, weekdayMismatch: weekdayMismatch,
                         lunar: lunar, kind: point.kind?.rawValue, name: point.name.map { names[$0.index] }, relative: relative)
    }

    /// The Gregorian day a point names, when it names one completely.
    private static func solarDay(of point: DatePoint) -> CalendarDate? {
        guard point.shift == nil, let year = point.year, let month = point.month, let day = point.day else { return nil }
        if point.lunar {
            return LunarCalendar.solar(year: year, month: month, day: day, leap: point.leap)?.adding(days: point.dayOffset)
        }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// The ISO text of what a point says, or nil when only a reference can tell.
    static func iso(of point: DatePoint) -> String? {
        if point.shift != nil { return nil }
        var solar: CalendarDate?
        if point.lunar {
            guard point.day != nil, let day = solarDay(of: point) else { return nil }
            solar = day
        }
        return ISOText.write { text in
            if let solar {
                text.year(solar.year)
                text.append("-")
                text.pad2(solar.month)
                text.append("-")
                text.pad2(solar.day)
            } else if let century = point.century, point.decade == nil {
                text.pad2(century)
            } else if let decade = point.decade {
                text.number(decade)
            } else if let month = point.month {
                if let year = point.year { text.year(year) } else { text.append("-") }
                text.append("-")
                text.pad2(month)
                if let day = point.day {
                    text.append("-")
                    text.pad2(day)
                }
            } else if let day = point.day {
                text.append("---")
                text.pad2(day)
            } else if point.quarter != nil || point.half != nil {
                if let year = point.year { text.year(year) } else { text.append("XXXX") }
                if let quarter = point.quarter {
                    text.append("-Q")
                    text.number(quarter)
                } else if let half = point.half {
                    text.append("-H")
                    text.number(half)
                }
            } else if let year = point.year {
                text.year(year)
            } else if let weekday = point.weekday {
                text.append("XXXX-WXX-")
                text.number(weekday)
            }
            timeSuffix(of: point, into: &text)
        }
    }

    private static func timeSuffix(of point: DatePoint) -> String {
        ISOText.write { timeSuffix(of: point, into: &$0) } ?? ""
    }

    private static func timeSuffix(of point: DatePoint, into text: inout ISOText) {
        if let hour = point.hour {
            text.append("T")
            text.pad2(hour)
            text.append(":")
            text.pad2(point.minute ?? 0)
        } else if let part = point.partOfDay {
            text.append("T")
            text.append(contentsOf: part.rawValue)
        }
    }

    /// The point with every field the reference can supply filled in, or nil when it cannot be completed.
    private static func complete(_ point: DatePoint, reference: CalendarDate) -> DatePoint? {
        var full = point
        if let shift = point.shift {
            full.shift = nil
            switch shift.unit {
            case .day:
                full.setDay(reference.adding(days: shift.amount))
            case .week:
                let base = reference.adding(days: 7 * shift.amount)
                full.setDay(base.adding(days: (point.weekday ?? base.isoWeekday) - base.isoWeekday))
            case .month:
                let first = reference.firstOfMonth(adding: shift.amount)
                full.year = first.year
                full.month = first.month
            case .quarter:
                let index = reference.year * 4 + (reference.month - 1) / 3 + shift.amount
                full.year = index / 4
                full.quarter = index % 4 + 1
            case .year:
                full.year = reference.year + shift.amount
            }
            return full
        }
        guard point.year == nil, point.century == nil, point.decade == nil else { return full }
        if let cycle = point.cycle {
            let back = reference.year - ((reference.year - 4 - cycle) % 60 + 60) % 60
            full.year = reference.year - back <= 30 ? back : back + 60
        } else if point.lunar {
            guard let month = point.month else { return nil }
            let lunarYear = LunarCalendar.lunar(of: reference).year ?? reference.year
            full.year = nearest([lunarYear - 1, lunarYear, lunarYear + 1], to: reference) { year in
                LunarCalendar.solar(year: year, month: month, day: point.day ?? 15, leap: point.leap)
            }
        } else if let month = point.month {
            let date = { (year: Int) in
                CalendarDate(year: year, month: month, day: min(point.day ?? 15, CalendarDate.daysIn(month: month, year: year)))
            }
            full.year = nearest([reference.year - 1, reference.year, reference.year + 1], to: reference, date: date)
            // Far from the reference, a weekday picks the year it agrees with (`Chủ nhật 20/10` read in
            // January 2024 is 2024-10-20); near it, the date stands and a wrong weekday is flagged.
            if let weekday = point.weekday, point.day != nil, let year = full.year, let chosen = date(year),
               abs(chosen.julianDay - reference.julianDay) > 60,
               let agreeing = nearest([reference.year - 1, reference.year, reference.year + 1], to: reference, date: { year in
                   date(year).flatMap { $0.isoWeekday == weekday ? $0 : nil }
               }) {
                full.year = agreeing
            }
        } else if point.quarter != nil || point.half != nil {
            full.year = reference.year
        } else if let day = point.day {
            let months = [-1, 0, 1].map { reference.firstOfMonth(adding: $0) }
            let chosen = months.compactMap { CalendarDate(year: $0.year, month: $0.month, day: day) }
                .min { abs($0.julianDay - reference.julianDay) < abs($1.julianDay - reference.julianDay) }
            guard let chosen else { return nil }
            full.setDay(chosen)
        } else if let weekday = point.weekday {
            full.setDay(reference.adding(days: weekday - reference.isoWeekday))
        } else {
            return nil
        }
        return full
    }

    /// The candidate whose date lies nearest the reference.
    private static func nearest(_ years: [Int], to reference: CalendarDate, date: (Int) -> CalendarDate?) -> Int? {
        years.compactMap { year in date(year).map { (year, abs($0.julianDay - reference.julianDay)) } }
            .min { $0.1 < $1.1 }?.0
    }
}

extension DatePoint {
    mutating func setDay(_ date: CalendarDate) {
        year = date.year
        month = date.month
        day = date.day
    }
}
