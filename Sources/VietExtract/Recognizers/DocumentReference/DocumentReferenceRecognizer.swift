/// Finds document references (`DOC`): numbered (`Chỉ thị số 39-CT/TW`, `15/2020/NĐ-CP`), by type
/// and number (`Nghị định 67`), named (`Luật Đất đai 2013`, `Nghị quyết Trung ương 4 (khóa XI)`),
/// and short mentions of a document named in full elsewhere in the text (`Chỉ thị này`).
///
/// Each value carries the canonical form, the cited part before the reference (`điểm a khoản 1
/// Điều 5`) and the issuer, date and subject the text gives after it, as attributes with their
/// own ranges; `DocumentLinker` then groups the mentions of one document.
public struct DocumentReferenceRecognizer: Recognizer {
    public let labels: Set<EntityLabel> = [.document]
    private let numbered: NumberedReferenceFinder
    private let named: NamedReferenceMatcher
    private let context: DocumentContextReader
    private let short: ShortMentionFinder

    /// A recognizer with the built-in tables of `Resources/documents/`.
    public init() throws(ResourceError) {
        let codes = try DocumentCodes.builtIn()
        named = NamedReferenceMatcher(laws: try .resource("documents/laws.tsv", required: ["name", "type"]))
        numbered = NumberedReferenceFinder(
            codes: codes, followers: try .resource("documents/short-form-followers.tsv", required: ["word"]), named: named)
        context = DocumentContextReader(issuerNames: try .resource("documents/issuer-names.tsv", required: ["name"]))
        short = ShortMentionFinder(codes: codes, context: context)
    }

    public func recognize(in text: AnalyzedText, context: RecognitionContext, candidates: inout [Candidate]) {
        let starts = ReferenceStarts(in: text, named: named)
        var found = numbered.references(at: starts.numbers, in: text)
        // A text has few numbered references (most have none): a look along them costs less than a map of the tokens.
        let numbered = found.indices
        var from = 0
        for index in starts.names where index >= from && !found[numbered].contains(where: { $0.tokens.contains(index) }) {
            guard let (tokens, value) = named.match(at: index, in: text),
                  !found[numbered].contains(where: { $0.tokens.overlaps(tokens) }) else { continue }
            found.append(FoundReference(tokens: tokens, value: value, source: "doc.named", priority: 9))
            from = tokens.upperBound
        }
        for position in found.indices {
            let tokens = found[position].tokens
            found[position].value.citation = self.context.citation(before: tokens.lowerBound, in: text)
            self.context.attributes(after: tokens.upperBound, in: text, into: &found[position].value)
        }
        guard !found.isEmpty else { return }
        short.link(&found, in: text)
        candidates.append(contentsOf: found.map { $0.candidate(in: text) })
    }
}
