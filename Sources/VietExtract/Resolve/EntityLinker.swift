/// Runs after overlaps are resolved, to link mentions and complete values across a whole text.
///
/// A linker sees every surviving entity of one text in order and may rewrite their values: give
/// all mentions of one document a shared id, tie `ông Rứa` to `Tô Huy Rứa`, attach the issuer
/// that follows a reference. It may not move or drop spans: offsets are settled before it runs.
public protocol EntityLinker: Sendable {
    func link(_ entities: inout [ResolvedEntity], in text: AnalyzedText)
}

/// An entity after overlap resolution, before its offsets are translated for the caller.
public struct ResolvedEntity: Sendable {
    /// The winning candidate; a linker may replace its value.
    public var candidate: Candidate
    /// Whether the entity lies inside an outermost one.
    public let isNested: Bool
}
