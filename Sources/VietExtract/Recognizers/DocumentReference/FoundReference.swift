/// A reference found in one text, before it becomes a candidate: its tokens and its value.
struct FoundReference {
    /// The tokens the span covers.
    var tokens: Range<Int>
    var value: DocumentReference
    /// The rule that found it, reported as the entity's `rule`.
    let source: String
    /// Breaks ties with other candidates over the same span.
    let priority: Int
    /// Where the span ends in the view when that is inside its last token (`TT-BGDĐT` of `TT-BGDĐTvề`).
    var viewEnd: Int?

    /// Whether this reference names its document in full (by symbol or name), so shorter mentions can point to it.
    var isFull: Bool { value.mention == .numbered || value.mention == .named }

    /// For every token of `text`, whether one of `references` covers it.
    static func coverage(of references: [FoundReference], in text: AnalyzedText) -> [Bool] {
        var covered = [Bool](repeating: false, count: text.tokens.count)
        for reference in references {
            for index in reference.tokens { covered[index] = true }
        }
        return covered
    }

    func candidate(in text: AnalyzedText) -> Candidate {
        Candidate(label: .document,
                  viewRange: Int(text.tokens[tokens.lowerBound].start)..<(viewEnd ?? Int(text.tokens[tokens.upperBound - 1].end)),
                  value: .document(value), source: source, priority: priority)
    }
}
