#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The Vietnamese lunar calendar, computed for the meridian of UTC+7.
///
/// Hồ Ngọc Đức's published algorithm: new moons from Meeus's series, the sun's longitude for the
/// major solar terms, the eleventh month holding the winter solstice, and the leap month being the
/// first month of a thirteen-month year without a major term. Because months begin at UTC+7 midnight
/// rather than UTC+8, some years differ from the Chinese calendar (Tết 1985: 21 January in Vietnam,
/// 20 February in China).
enum LunarCalendar {
    static let timeZone = 7.0
    private static let synodicMonth = 29.530588853
    private static let epoch = 2415021.076998695

    /// The Gregorian date of a lunar date (`year` is the lunar year, numbered by the Gregorian year it
    /// starts in), or nil when the day or the leap month does not exist.
    static func solar(year: Int, month: Int, day: Int, leap: Bool = false) -> CalendarDate? {
        guard (1...12).contains(month), (1...30).contains(day) else { return nil }
        let a11: Int, b11: Int
        if month < 11 {
            a11 = month11(year - 1)
            b11 = month11(year)
        } else {
            a11 = month11(year)
            b11 = month11(year + 1)
        }
        let k = Int(floor(0.5 + (Double(a11) - epoch) / synodicMonth))
        var offset = month - 11
        if offset < 0 { offset += 12 }
        if b11 - a11 > 365 {
            let leapOffset = leapMonthOffset(a11)
            var leapMonth = leapOffset - 2
            if leapMonth < 0 { leapMonth += 12 }
            if leap && month != leapMonth { return nil }
            if leap || offset >= leapOffset { offset += 1 }
        } else if leap {
            return nil
        }
        let monthStart = newMoonDay(k + offset)
        // Day 30 exists only in a long month.
        if day == 30, newMoonDay(k + offset + 1) - monthStart < 30 { return nil }
        return CalendarDate(julianDay: monthStart + day - 1)
    }

    /// The lunar date of a Gregorian date.
    static func lunar(of date: CalendarDate) -> LunarDate {
        let dayNumber = date.julianDay
        let k = Int(floor((Double(dayNumber) - epoch) / synodicMonth))
        var monthStart = newMoonDay(k + 1)
        if monthStart > dayNumber { monthStart = newMoonDay(k) }
        var a11 = month11(date.year)
        var b11 = a11
        var lunarYear: Int
        if a11 >= monthStart {
            lunarYear = date.year
            a11 = month11(date.year - 1)
        } else {
            lunarYear = date.year + 1
            b11 = month11(date.year + 1)
        }
        let day = dayNumber - monthStart + 1
        let diff = (monthStart - a11) / 29
        var leap = false
        var month = diff + 11
        if b11 - a11 > 365 {
            let leapDiff = leapMonthOffset(a11)
            if diff >= leapDiff {
                month = diff + 10
                leap = diff == leapDiff
            }
        }
        if month > 12 { month -= 12 }
        if month >= 11 && diff < 4 { lunarYear -= 1 }
        return LunarDate(year: lunarYear, month: month, day: day, leap: leap)
    }

    /// The Gregorian date of Tết (the first day of the lunar year starting in `year`).
    static func tet(_ year: Int) -> CalendarDate { solar(year: year, month: 1, day: 1)! }

    /// The day number of the k-th new moon since 1900, at local midnight.
    private static func newMoonDay(_ k: Int) -> Int {
        Int(floor(newMoon(Double(k)) + 0.5 + timeZone / 24))
    }

    /// The sun's longitude at the start of a day, in major-term sectors (0…11, 30° each).
    private static func sunSector(_ dayNumber: Int) -> Int {
        Int(floor(sunLongitude(Double(dayNumber) - 0.5 - timeZone / 24) / Double.pi * 6))
    }

    /// The day the eleventh lunar month (the one holding the winter solstice) of `year` starts.
    private static func month11(_ year: Int) -> Int {
        let offset = CalendarDate(year: year, month: 12, day: 31)!.julianDay - 2415021
        let k = Int(floor(Double(offset) / synodicMonth))
        let newMoon = newMoonDay(k)
        return sunSector(newMoon) >= 9 ? newMoonDay(k - 1) : newMoon
    }

    /// How many months after the eleventh month the leap month falls, in a thirteen-month year.
    private static func leapMonthOffset(_ a11: Int) -> Int {
        let k = Int(floor((Double(a11) - epoch) / synodicMonth + 0.5))
        var index = 1
        var sector = sunSector(newMoonDay(k + 1))
        var last = 0
        repeat {
            last = sector
            index += 1
            sector = sunSector(newMoonDay(k + index))
        } while sector != last && index < 14
        return index - 1
    }

    /// The Julian date of the k-th new moon after the one of 1900-01-01 (Meeus, abridged).
    private static func newMoon(_ k: Double) -> Double {
        let t = k / 1236.85, t2 = t * t, t3 = t2 * t
        let dr = Double.pi / 180
        var jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
        jd1 += 0.00033 * sin((166.56 + 132.87 * t - 0.009173 * t2) * dr)
        let m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3
        let mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3
        let f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3
        var c1 = (0.1734 - 0.000393 * t) * sin(m * dr) + 0.0021 * sin(2 * dr * m)
        c1 += -0.4068 * sin(mpr * dr) + 0.0161 * sin(dr * 2 * mpr) - 0.0004 * sin(dr * 3 * mpr)
        c1 += 0.0104 * sin(dr * 2 * f) - 0.0051 * sin(dr * (m + mpr))
        c1 += -0.0074 * sin(dr * (m - mpr)) + 0.0004 * sin(dr * (2 * f + m))
        c1 += -0.0004 * sin(dr * (2 * f - m)) - 0.0006 * sin(dr * (2 * f + mpr))
        c1 += 0.0010 * sin(dr * (2 * f - mpr)) + 0.0005 * sin(dr * (2 * mpr + m))
        let deltaT = t < -11
            ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
            : -0.000278 + 0.000265 * t + 0.000262 * t2
        return jd1 + c1 - deltaT
    }

    /// The sun's apparent longitude at a Julian date, in radians (0…2π).
    private static func sunLongitude(_ jdn: Double) -> Double {
        let t = (jdn - 2451545.0) / 36525, t2 = t * t
        let dr = Double.pi / 180
        let m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2
        let l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2
        var dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * sin(dr * m)
        dl += (0.019993 - 0.000101 * t) * sin(dr * 2 * m) + 0.000290 * sin(dr * 3 * m)
        let l = (l0 + dl) * dr
        return l - Double.pi * 2 * floor(l / (Double.pi * 2))
    }
}
