/// Writes one token a line with its BIO tag, a blank line after each sentence, as the CoNLL-2003
/// and VLSP tools read them; each document starts with a `-DOCSTART-` line.
///
/// Tokens are the segmenter's syllables, numbers and marks, written as the user's own
/// characters. The tag column holds the outermost entities; with `nestedColumn` a second column
/// holds the nested ones (the first that covers a token), as VLSP 2016 does. The document's
/// text is analyzed again here for its tokens and sentences; the JSON path never pays for it.
public struct CoNLLWriter: AnnotationWriter {
    /// Whether to write a second tag column for nested entities.
    public let nestedColumn: Bool

    public init(nestedColumn: Bool) {
        self.nestedColumn = nestedColumn
    }

    public mutating func write(_ document: AnnotatedDocument, into output: inout WriterOutput) {
        let analyzed = AnalyzedText(document.text)
        let originalRanges = analyzed.tokens.map { analyzed.originalRange(ofView: $0.range) }
        let positions = OffsetTranslator.positions(
            of: originalRanges.flatMap { [$0.lowerBound, $0.upperBound] }, in: analyzed.originalUnits)
        let spans = originalRanges.map { positions[$0.lowerBound]!.codePoints..<positions[$0.upperBound]!.codePoints }
        let entities = document.annotations.map(\.entity)
        var columns = [Self.tags(of: spans, entities: entities.filter { !$0.isNested })]
        if nestedColumn { columns.append(Self.tags(of: spans, entities: entities.filter(\.isNested))) }

        output.append(nestedColumn ? "-DOCSTART-\tO\tO\n\n" : "-DOCSTART-\tO\n\n")
        for sentence in analyzed.sentences() {
            for index in sentence {
                output.append(UTF16Transcoder.string(of: analyzed.originalUnits[originalRanges[index]]))
                for column in columns { output.append("\t" + column[index]) }
                output.bytes.append(0x0A)
            }
            output.bytes.append(0x0A)
        }
    }

    /// The BIO tag of each token span (code points) for entities that do not overlap each other
    /// (the first, by start, wins a token).
    static func tags(of spans: [Range<Int>], entities: [Entity]) -> [String] {
        var tags = [String](repeating: "O", count: spans.count)
        var first = 0
        for entity in entities.sorted(by: { ($0.start, -$0.end) < ($1.start, -$1.end) }) {
            while first < spans.count, spans[first].upperBound <= entity.start { first += 1 }
            var index = first
            var inside = false
            while index < spans.count, spans[index].lowerBound < entity.end {
                if tags[index] == "O" {
                    tags[index] = (inside ? "I-" : "B-") + entity.label.rawValue
                    inside = true
                }
                index += 1
            }
        }
        return tags
    }
}
