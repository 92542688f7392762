/// Day arithmetic on Gregorian dates through Julian day numbers.
extension CalendarDate {
    /// The Julian day number of the date (the day count astronomers use; JDN 0 was a Monday).
    var julianDay: Int {
        let a = (14 - month) / 12
        let y = year + 4800 - a
        let m = month + 12 * a - 3
        return day + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045
    }

    /// The Gregorian date of a Julian day number.
    init(julianDay: Int) {
        let a = julianDay + 32044
        let b = (4 * a + 3) / 146097
        let c = a - b * 146097 / 4
        let d = (4 * c + 3) / 1461
        let e = c - 1461 * d / 4
        let m = (5 * e + 2) / 153
        self.init(year: b * 100 + d - 4800 + m / 10, month: m + 3 - 12 * (m / 10),
                  day: e - (153 * m + 2) / 5 + 1)!
    }

    func adding(days: Int) -> CalendarDate { CalendarDate(julianDay: julianDay + days) }

    /// The ISO weekday: 1 = Monday (thứ Hai) … 7 = Sunday (Chủ nhật).
    var isoWeekday: Int { julianDay % 7 + 1 }

    /// The ISO 8601 week (`2013-W43`) the date lies in.
    var isoWeek: String {
        let thursday = adding(days: 4 - isoWeekday)
        let firstOfYear = CalendarDate(year: thursday.year, month: 1, day: 1)!
        let week = (thursday.julianDay - firstOfYear.julianDay) / 7 + 1
        return "\(DateText.year(thursday.year))-W\(DateText.pad2(week))"
    }

    /// The first day of the month `months` after this date's month (negative: before).
    func firstOfMonth(adding months: Int) -> CalendarDate {
        let index = year * 12 + (month - 1) + months
        return CalendarDate(year: index / 12, month: index % 12 + 1, day: 1)!
    }
}

/// Zero-padded numbers for ISO strings. The usual values (a day, a month, a year up to 9999) are
/// written digit by digit into a small string, without formatting an `Int` and counting its characters.
enum DateText {
    static func pad2(_ value: Int) -> String {
        if (0...99).contains(value) { return digits(value, width: 2) }
        return value < 10 ? "0\(value)" : String(value)
    }

    static func year(_ value: Int) -> String {
        if (0...9999).contains(value) { return digits(value, width: 4) }
        let digits = String(value)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// The last `width` decimal digits of a non-negative `value`, zeros first.
    private static func digits(_ value: Int, width: Int) -> String {
        String(unsafeUninitializedCapacity: width) { buffer in
            var rest = value
            for position in stride(from: width - 1, through: 0, by: -1) {
                buffer[position] = UInt8(truncatingIfNeeded: 0x30 + rest % 10)
                rest /= 10
            }
            return width
        }
    }
}
