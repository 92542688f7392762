/// What an `Extractor` looks for and how it reports it.
public struct ExtractorOptions: Sendable, Hashable {
    /// The labels to report; the default is all of them.
    public var labels: Set<EntityLabel>
    /// Whether to report entities nested inside others (`tỉnh Bình Định` inside `UBND tỉnh Bình Định`).
    public var includeNested: Bool
    /// The date that relative expressions (`hôm qua`, `ngày 22/10`) are resolved against, if any.
    public var referenceDate: CalendarDate?
    /// How dates are cut into entities; the default follows the annotation guideline.
    public var dateStyle: DateStyle

    public init(labels: Set<EntityLabel> = Set(EntityLabel.allCases), includeNested: Bool = false,
                referenceDate: CalendarDate? = nil, dateStyle: DateStyle = .expressions) {
        self.labels = labels
        self.includeNested = includeNested
        self.referenceDate = referenceDate
        self.dateStyle = dateStyle
    }
}
