/// A possible entity proposed by a recognizer, before overlaps are resolved.
public struct Candidate: Sendable, Hashable {
    /// The label the recognizer proposes.
    public let label: EntityLabel
    /// The span in the normalized view, in UTF-16 units.
    public let viewRange: Range<Int>
    /// The normalized value.
    public var value: EntityValue
    /// The rule or gazetteer that proposed it.
    public let source: String
    /// Breaks ties between candidates of equal length over the same span: higher wins.
    public let priority: Int

    public init(label: EntityLabel, viewRange: Range<Int>, value: EntityValue, source: String, priority: Int = 0) {
        self.label = label
        self.viewRange = viewRange
        self.value = value
        self.source = source
        self.priority = priority
    }
}
