/// Finds dates, times and periods (`DATE`) and gives each a `DateValue`.
///
/// Runs after the document recognizer and skips any expression that overlaps a document reference,
/// so the numbers of `15/2020/NĐ-CP` or `39-CT/TW` are never read as dates. The two ends of a range
/// are proposed too, as candidates nested inside it.
public struct DateRecognizer: Recognizer {
    public let labels: Set<EntityLabel> = [.date]
    private let words: DateWords

    /// A recognizer with the built-in word tables of `Resources/dates/`.
    public init() throws(ResourceError) {
        words = try DateWords()
    }

    public func recognize(in text: AnalyzedText, context: RecognitionContext, candidates: inout [Candidate]) {
        // The spans of the document references, read at the first match (many texts have none).
        var documents: [Range<Int>]?
        let grammar = DateGrammar(words: words, text: text)
        var index = grammar.nextStart(from: 0)
        var lastEnd = -1
        var matches: [DateMatch] = []
        while index < text.tokens.count {
            let followsDate = lastEnd == index - 1 && (grammar.isPunctuation(lastEnd, 0x2C) || grammar.isWord(lastEnd, DateWord.va))
            // Emptied only after a match: most starts find nothing.
            if !matches.isEmpty { matches.clearKeepingCapacity() }
            grammar.expressions(at: index, followsDate: followsDate, into: &matches)
            guard !matches.isEmpty else {
                index = grammar.nextStart(from: index + 1)
                continue
            }
            // The matches are read in place, by index: a copy of one (`last`, a `for … in`) retains
            // and releases its expression, rule and parts.
            let end = matches[matches.count - 1].end
            let spans = documents ?? Self.documentSpans(in: candidates)
            documents = spans
            for position in matches.indices {
                let range = viewRange(of: matches[position], in: text)
                guard !spans.contains(where: { $0.overlaps(range) }) else { continue }
                append(matches[position], in: text, context: context, to: &candidates)
            }
            index = grammar.nextStart(from: max(end, index + 1))
            lastEnd = end
        }
    }

    /// The spans of the document candidates, read in place: a copy of each candidate to test its
    /// label would retain and release its strings and value.
    private static func documentSpans(in candidates: [Candidate]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        for index in candidates.indices where candidates[index].label == .document {
            spans.append(candidates[index].viewRange)
        }
        return spans
    }

    private func append(_ match: DateMatch, in text: AnalyzedText, context: RecognitionContext, to candidates: inout [Candidate]) {
        let value = DateResolver.value(of: match.expression, reference: context.referenceDate, names: words.dayNames)
        if context.dateStyle == .calendar, !match.parts.isEmpty || !Self.isCalendarPoint(value) {
            for position in match.parts.indices {
                append(match.parts[position], in: text, context: context, to: &candidates)
            }
            return
        }
        candidates.append(Candidate(label: .date, viewRange: viewRange(of: match, in: text), value: .date(value),
                                    source: match.rule, priority: 5))
        for position in match.parts.indices {
            append(match.parts[position], in: text, context: context, to: &candidates)
        }
    }

    /// Whether a value names a day, month, quarter, year or longer period of the calendar by
    /// itself: not a deictic or relative expression, a duration, a set or a bare clock time.
    private static func isCalendarPoint(_ value: DateValue) -> Bool {
        switch value.type {
        case .duration, .set: return false
        case .date, .time, .interval:
            guard let iso = value.iso, value.relative == nil else { return false }
            return !iso.hasPrefix("T")
        }
    }

    private func viewRange(of match: DateMatch, in text: AnalyzedText) -> Range<Int> {
        Int(text.tokens[match.first].start)..<Int(text.tokens[match.end - 1].end)
    }
}
