/// Proposes the entries of a user's own gazetteers as candidates of their labels.
///
/// Its candidates carry `priority` above every built-in rule, so a user's entry wins a tie (same
/// span) against a built-in one; a longer built-in match still wins, as the overlap rule says.
/// The value is the entry's `id` followed by its attributes.
public struct GazetteerRecognizer: Recognizer {
    /// The priority of user entries' candidates.
    public static let priority = 1_000
    public let labels: Set<EntityLabel>
    private let matcher: GazetteerMatcher

    /// Compiles `gazetteers` once; where two share a key, the earlier list wins.
    public init(_ gazetteers: [Gazetteer]) {
        var syllables = SyllableTable()
        self.init(gazetteers, syllables: &syllables)
    }

    /// Compiles `gazetteers` over `syllables`, a table other recognizers share.
    init(_ gazetteers: [Gazetteer], syllables: inout SyllableTable) {
        matcher = GazetteerMatcher(gazetteers, interningInto: &syllables)
        labels = Set(gazetteers.flatMap { $0.entries.map(\.label) })
    }

    public func recognize(in text: AnalyzedText, context: RecognitionContext, candidates: inout [Candidate]) {
        for match in matcher.matches(in: text, syllables: matcher.syllables(of: text, shared: context.syllables)) {
            var labelsSeen: Set<EntityLabel> = []
            for position in matcher.entries(of: match) {
                let entry = matcher.entry(at: position)
                guard labelsSeen.insert(entry.label).inserted else { continue }
                var value = JSONObjectBuilder()
                value.add("id", entry.id)
                if case .object(let members) = entry.attributes {
                    for (key, member) in members where key != "id" { value.add(key, member) }
                }
                candidates.append(Candidate(label: entry.label, viewRange: match.viewRange, value: .attributes(value.value),
                                            source: "gazetteer:\(matcher.listNames[matcher.list(ofEntry: position)])", priority: Self.priority))
            }
        }
    }
}
