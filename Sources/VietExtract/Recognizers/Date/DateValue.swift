/// The normalized value of a `DATE` entity: what kind of expression it is, its ISO 8601 form,
/// its granularity and modifier, and, when a reference date was given, the value resolved against it.
///
/// `iso` says only what the text says: `2013-10-22`, `2013-Q3`, `2010/2015`, `--10-22` when the year is
/// missing, `T10:30` for a bare clock time. `resolved` fills in what the reference date supplies, and
/// `inferred` says that it did.
public struct DateValue: Sendable, Hashable, JSONObjectDescribing {
    /// The kind of time expression (TIMEX3 types, with intervals apart).
    public enum Kind: String, Sendable, Hashable {
        case date, time, interval, duration, set
    }

    /// The smallest unit the expression names.
    public enum Granularity: String, Sendable, Hashable {
        case century, decade, year, half, quarter, month, week, day
        case partOfDay = "part_of_day"
        case hour, minute
    }

    /// `đầu`, `giữa`, `cuối`: the early, middle or late part of a period.
    public enum Modifier: String, Sendable, Hashable {
        case early, mid, late
    }

    public var type: Kind
    /// The ISO 8601 value as far as the text itself tells it; nil when only a reference can tell (`hôm qua`).
    public var iso: String?
    public var granularity: Granularity
    public var modifier: Modifier?
    /// The value completed from the reference date (`2014-10-22` for `ngày 22/10`).
    public var resolved: String?
    /// Whether `resolved` needed the reference date.
    public var inferred: Bool
    /// The weekday the text names, ISO numbered (1 = thứ Hai … 7 = Chủ nhật).
    public var weekday: Int?
    /// Whether the named weekday disagrees with the date.
    public var weekdayMismatch: Bool
    /// The lunar date the text names (`mùng 1 Tết`, `10/3 âm lịch`), if any.
    public var lunar: LunarDate?
    /// What kind of period or day it is: `term`, `school_year`, `holiday`…
    public var kind: String?
    /// The name of a named day or the body of a term (`Quốc khánh`, `party`).
    public var name: String?
    /// The offset from the reference date for deictic and relative expressions (`-P1D` for `hôm qua`).
    public var relative: String?

    public init(type: Kind, iso: String?, granularity: Granularity, modifier: Modifier? = nil,
                resolved: String? = nil, inferred: Bool = false, weekday: Int? = nil, weekdayMismatch: Bool = false,
                lunar: LunarDate? = nil, kind: String? = nil, name: String? = nil, relative: String? = nil) {
        self.type = type
        self.iso = iso
        self.granularity = granularity
        self.modifier = modifier
        self.resolved = resolved
        self.inferred = inferred
        self.weekday = weekday
        self.weekdayMismatch = weekdayMismatch
        self.lunar = lunar
        self.kind = kind
        self.name = name
        self.relative = relative
    }

    /// The value as JSON: `type`, `iso`, `granularity`, `modifier`, `resolved`, `inferred`, `weekday`,
    /// `weekday_mismatch`, `calendar` + `lunar`, `kind`, `name`, `relative`.
    public var json: JSONValue { jsonObject }

    @inline(__always)
    func describe(into object: inout some JSONMemberSink & ~Copyable) {
        object.add("type", literal: type.jsonName)
        object.add("iso", iso)
        object.add("granularity", literal: granularity.jsonName)
        if let modifier { object.add("modifier", literal: modifier.jsonName) }
        object.add("resolved", resolved)
        if inferred { object.add("inferred", true) }
        object.add("weekday", weekday)
        if weekdayMismatch { object.add("weekday_mismatch", true) }
        if let lunar {
            object.add("calendar", "lunar")
            object.add("lunar", object: lunar)
        }
        object.add("kind", kind)
        object.add("name", name)
        object.add("relative", relative)
    }
}

/// A day of the Vietnamese lunar calendar; `year` is the Gregorian year in which its lunar year begins.
public struct LunarDate: Sendable, Hashable, JSONObjectDescribing {
    public var year: Int?
    public var month: Int
    public var day: Int?
    public var leap: Bool

    public init(year: Int?, month: Int, day: Int?, leap: Bool = false) {
        self.year = year
        self.month = month
        self.day = day
        self.leap = leap
    }

    /// `y`, `m`, `d`, `leap`.
    func describe(into object: inout some JSONMemberSink & ~Copyable) {
        object.add("y", year)
        object.add("m", month)
        object.add("d", day)
        object.add("leap", leap)
    }
}
