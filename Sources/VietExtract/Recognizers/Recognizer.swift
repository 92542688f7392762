/// Finds candidate entities of one kind in an analyzed text.
///
/// Recognizers run in a fixed order; each sees the candidates of the ones before it (so an
/// organization rule can take the place found inside it) and appends its own. They are immutable
/// and shared by every thread that extracts.
public protocol Recognizer: Sendable {
    /// The labels this recognizer can propose; it is skipped when none of them is wanted.
    var labels: Set<EntityLabel> { get }

    /// Appends the candidates found in `text` to `candidates`.
    func recognize(in text: AnalyzedText, context: RecognitionContext, candidates: inout [Candidate])
}

/// What a recognizer knows about the call it serves.
public struct RecognitionContext: Sendable {
    /// The date relative expressions resolve against, if the caller gave one.
    public let referenceDate: CalendarDate?
    /// How dates are cut into entities.
    public let dateStyle: DateStyle
    /// The syllable ids of the text in the table the extractor's recognizers share, when it has one
    /// (`TextSyllables`); a recognizer that finds none, or ids of another table, computes its own.
    var syllables: TextSyllables?

    public init(referenceDate: CalendarDate?, dateStyle: DateStyle = .expressions) {
        self.referenceDate = referenceDate
        self.dateStyle = dateStyle
    }
}
