/// How dates are cut into entities: as whole expressions, or as the calendar dates inside them.
public enum DateStyle: String, Sendable, Hashable, CaseIterable {
    /// Every time expression as one entity, as the annotation guideline asks: a range
    /// `từ 1/7 đến 31/12/2024` is one, `22h ngày 22/10` is one, `hôm qua` and `hàng ngày` count.
    case expressions
    /// Only points and periods of the calendar, each on its own: the ends of a range and the day
    /// of a time-and-day are separate entities; deictic and relative expressions, durations, sets
    /// and bare clock times are left out. This is how corpora such as PhoNER_COVID19 annotate dates.
    case calendar
}
