/// A unit of calendar time, as deictic and relative expressions count it.
enum DateUnit: String, Sendable, Hashable {
    case day, week, month, quarter, year

    /// The ISO 8601 duration of `amount` units (`P3D`, `P2W`, `P6M`, `P1Y`; a quarter is three months).
    func duration(_ amount: Int) -> String {
        ISOText.write { write(amount, into: &$0) } ?? ""
    }

    /// Writes the duration of `amount` units.
    func write(_ amount: Int, into text: inout ISOText) {
        text.append("P")
        text.number(self == .quarter ? amount * 3 : amount)
        text.append(designator)
    }

    /// The ISO 8601 designator of the unit (`D`, `W`, `M`, `Y`; a quarter counts in months).
    var designator: StaticString {
        switch self {
        case .day: return "D"
        case .week: return "W"
        case .month, .quarter: return "M"
        case .year: return "Y"
        }
    }
}

/// What the words of one date expression say, before any reference date is applied.
///
/// Fields the text leaves open stay nil. A deictic or relative expression (`hôm qua`,
/// `3 năm trước`, `tuần tới`) carries a `shift` from the reference date instead of a year.
struct DatePoint: Sendable, Hashable {
    var year: Int?
    var month: Int?
    var day: Int?
    var quarter: Int?
    var half: Int?
    /// The first three digits of a decade's years (`199` for the 1990s).
    var decade: Int?
    /// The first two digits of a century's years (`19` for thế kỷ XX).
    var century: Int?
    var hour: Int?
    var minute: Int?
    /// A TIMEX3 part of day: `MO`, `MI`, `AF`, `EV`, `NI`.
    var partOfDay: PartOfDay?
    var weekday: Int?
    var modifier: DateValue.Modifier?
    /// An offset from the reference date in some unit, for deictic and relative expressions.
    var shift: Shift?
    /// Day, month and year are lunar (`mùng 1 Tết`, `10/3 âm lịch`); `leap` marks a leap month.
    var lunar = false
    var leap = false
    /// Days to add after the lunar date is converted (`Giao thừa` is the day before Tết).
    var dayOffset = 0
    /// The place of a lunar year in the sixty-year cycle (`Giáp Thìn`), counted from Giáp Tý.
    var cycle: Int?
    /// The name of a named day (`Quốc khánh`), as its place in `DateWords.dayNames`.
    var name: DayName?
    var kind: DayKind?

    /// Whether the point names a calendar day, with or without a year (and not only a clock time).
    var hasDay: Bool { day != nil || (shift?.unit == .day) || (weekday != nil && shift != nil) }

    /// Whether the point names a clock time or a part of day.
    var hasTime: Bool { hour != nil || partOfDay != nil }

    /// The point's granularity: the smallest unit it names.
    var granularity: DateValue.Granularity {
        if minute != nil { return .minute }
        if hour != nil { return .hour }
        if partOfDay != nil { return .partOfDay }
        if day != nil || weekday != nil || shift?.unit == .day { return .day }
        if shift?.unit == .week { return .week }
        if month != nil || shift?.unit == .month { return .month }
        if quarter != nil || shift?.unit == .quarter { return .quarter }
        if half != nil { return .half }
        if year != nil || shift?.unit == .year || cycle != nil { return .year }
        if decade != nil { return .decade }
        return .century
    }

    /// Copies the month and year `other` has and this point lacks (a range's `21` takes its month
    /// and year from `25/10/2013`), or the whole day for a bare clock time.
    func inheriting(from other: DatePoint) -> DatePoint {
        var point = self
        guard shift == nil, other.shift == nil else { return point }
        // `từ 8h đến 8h20 ngày 23/8`: a bare time takes the day of the end.
        if hour != nil, other.hour != nil, day == nil, month == nil, year == nil {
            point.takeDate(from: other)
            return point
        }
        if point.year == nil, point.lunar == other.lunar { point.year = other.year }
        if point.month == nil, point.day != nil, other.day != nil { point.month = other.month }
        if point.lunar != other.lunar, point.day != nil, point.month == other.month { point.lunar = other.lunar }
        return point
    }
}

/// A TIMEX3 part of day. Like every field of `DatePoint`, a plain value: points are copied often
/// while parsing, and a point without strings copies as bytes, with no retain or release.
enum PartOfDay: String, Sendable, Hashable {
    case morning = "MO", midday = "MI", afternoon = "AF", evening = "EV", night = "NI"
}

/// The name of a named day, as its place in `DateWords.dayNames` (see `PartOfDay` for why not a string).
struct DayName: Sendable, Hashable {
    let index: Int
}

/// What kind of day a named day is.
enum DayKind: String, Sendable, Hashable {
    case holiday, event
}

/// An offset of whole units from the reference date (`hôm qua`: one day back).
struct Shift: Sendable, Hashable {
    var unit: DateUnit
    var amount: Int
}

/// A parsed expression: a point, an interval between two points, a duration or a recurring set.
indirect enum DateExpression: Sendable, Hashable {
    case point(DatePoint)
    case interval(DatePoint, DatePoint, kind: String?)
    /// An amount of time; `direction` -1 ends at the reference (`3 năm qua`), +1 starts there (`3 tháng tới`).
    case duration(amount: Int, unit: DateUnit, direction: Int)
    case set(unit: DateUnit)
}
