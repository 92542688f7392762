/// The names of fixed-set values (labels, kinds, granularities) as literals for the JSON writers.
///
/// Each is the case's `rawValue`, written out: a literal is stored as bytes of a known count, where
/// a `rawValue` getter is a call that returns a String, whose bytes must then be found and checked
/// for escapes.
extension EntityLabel {
    @inline(__always)
    var jsonName: StaticString {
        switch self {
        case .person: "PER"
        case .organization: "ORG"
        case .location: "LOC"
        case .date: "DATE"
        case .document: "DOC"
        }
    }
}

extension DateValue.Kind {
    @inline(__always)
    var jsonName: StaticString {
        switch self {
        case .date: "date"
        case .time: "time"
        case .interval: "interval"
        case .duration: "duration"
        case .set: "set"
        }
    }
}

extension DateValue.Granularity {
    @inline(__always)
    var jsonName: StaticString {
        switch self {
        case .century: "century"
        case .decade: "decade"
        case .year: "year"
        case .half: "half"
        case .quarter: "quarter"
        case .month: "month"
        case .week: "week"
        case .day: "day"
        case .partOfDay: "part_of_day"
        case .hour: "hour"
        case .minute: "minute"
        }
    }
}

extension DateValue.Modifier {
    @inline(__always)
    var jsonName: StaticString {
        switch self {
        case .early: "early"
        case .mid: "mid"
        case .late: "late"
        }
    }
}

extension PersonValue.Form {
    @inline(__always)
    var jsonName: StaticString {
        switch self {
        case .full: "full"
        case .short: "short"
        case .initials: "initials"
        case .foreign: "foreign"
        case .epithet: "epithet"
        }
    }
}

extension PersonTitle.Kind {
    @inline(__always)
    var jsonName: StaticString {
        switch self {
        case .honorific: "honorific"
        case .role: "role"
        }
    }
}
