/// Finds people (`PER`): names after titles and honorifics (`Thủ tướng Phạm Minh Chính`, `ông Rứa`),
/// with chains of roles before them and roles after them; Vietnamese full names by their shape;
/// foreign names; initials; later bare mentions of a name found before; `Bác`, `Người` for Hồ Chí Minh.
///
/// It runs after the place and organization recognizers and never proposes a name inside one of
/// their candidates (`đường Lê Lợi`, `Trường THPT Nguyễn Du`). Titles are not in the span; each
/// mention's value lists them with their offsets. `PersonLinker` then joins the mentions of one person.
public struct PersonRecognizer: Recognizer {
    public let labels: Set<EntityLabel> = [.person]
    private let lexicon: PersonLexicon
    /// The lexicon's facts the scan's pass over every token reads, in one small table.
    private let scanSyllables: ScanSyllables

    /// Priorities: a name a title vouches for beats a place of the same span; a name by shape alone does not.
    static let titledPriority = 12
    static let shapePriority = 4

    /// A recognizer with the built-in tables of `Resources/people/`.
    public init() throws(ResourceError) {
        var syllables = SyllableTable()
        try self.init(syllables: &syllables)
    }

    /// The recognizer, its title tables compiled over `syllables`, a table other recognizers share.
    init(syllables: inout SyllableTable) throws(ResourceError) {
        try self.init(try PersonLexicon.Loaded(), syllables: &syllables)
    }

    /// The recognizer of the `loaded` tables (read on another thread, maybe), compiled over `syllables`.
    init(_ loaded: PersonLexicon.Loaded, syllables: inout SyllableTable) throws(ResourceError) {
        lexicon = try PersonLexicon(loaded, syllables: &syllables)
        scanSyllables = ScanSyllables(lexicon: lexicon)
    }

    public func recognize(in text: AnalyzedText, context: RecognitionContext, candidates: inout [Candidate]) {
        guard !text.tokens.isEmpty else { return }
        let scan = PersonScan(text: text, lexicon: lexicon, scanSyllables: scanSyllables, candidates: candidates,
                              shared: context.syllables)
        var mentions = scan.leftToRightMentions()
        mentions += scan.aliasMentions(found: mentions)
        mentions += scan.listMentions(found: mentions)
        // Each mention's value is built here, once, straight into its candidate: the passes carry
        // only its parts, and no value is copied on the way.
        for mention in mentions {
            let value = PersonValue(name: text.string(inView: mention.viewRange), form: mention.form,
                                    titles: mention.titles, canonical: mention.canonical)
            candidates.append(Candidate(label: .person, viewRange: mention.viewRange, value: .person(value),
                                        source: mention.source, priority: mention.priority))
        }
    }
}

/// A person mention found in one text, before it becomes a candidate: the parts of its value
/// (`PersonValue`), whose name is the view's text of `viewRange`.
struct PersonMention {
    /// The name's tokens.
    let tokens: Range<Int>
    let viewRange: Range<Int>
    let form: PersonValue.Form
    var titles: [PersonTitle] = []
    /// The full name an epithet stands for.
    var canonical: String? = nil
    let source: String
    let priority: Int
}
