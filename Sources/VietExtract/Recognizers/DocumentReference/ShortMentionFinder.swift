/// Finds the short mentions of documents named in full elsewhere in the same text, and says
/// which document each one means.
///
/// A short mention is a capitalized type word alone (`Chỉ thị này`, `Chỉ thị quan trọng này`,
/// `Chỉ thị của Bộ Chính trị`, `Chỉ thị về công tác …`) or with a bare number (`Chỉ thị 39`). It
/// is proposed only when it can mean one document only, named in full (by symbol or name)
/// anywhere in the text, before or after it (an article's title comes before its body):
/// - with a number: the one document of that type and number;
/// - with `này`: the nearest document of that type before it, else the only one after it;
/// - with `của X`: the one document of that type whose issuer is X;
/// - with `về S`: the one document of that type whose subject starts like S.
struct ShortMentionFinder: Sendable {
    private let typeWords: PhraseMatcher<String>
    /// The first syllables of the type words, to turn away most capitals before the probe (nil when
    /// a type word without syllables matches anywhere).
    private let typeStarts: KeyFilter?
    private let context: DocumentContextReader

    init(codes: DocumentCodes, context: DocumentContextReader) {
        typeWords = PhraseMatcher(codes.shortFormTypeNames.map { ($0, $0) })
        typeStarts = typeWords.firstKeys.map { KeyFilter($0) }
        self.context = context
    }

    /// Links `typeNumber` mentions to their documents and appends short mentions to `found`.
    func link(_ found: inout [FoundReference], in text: AnalyzedText) {
        let full = found.filter(\.isFull)
        guard !full.isEmpty else { return }
        for index in found.indices where found[index].value.mention == .typeNumber {
            let mention = found[index].value
            let targets = full.filter {
                $0.value.documentType == mention.documentType && sameNumber($0.value.number, mention.number)
                    && (mention.year == nil || $0.value.year == mention.year)
            }
            if let target = only(targets) { adopt(target, into: &found[index].value) }
        }
        let covered = FoundReference.coverage(of: found, in: text)
        var from = 0
        while case let index = text.firstToken(from: from, withAny: .initialCapital), index < text.tokens.count {
            from = index + 1
            guard !covered[index], text.isCapitalizedWord(at: index), typeStarts?.mayContain(text.keys[index]) != false,
                  let match = typeWords.match(startingAt: index, in: text),
                  let mention = shortMention(match, full: full, in: text) else { continue }
            found.append(mention)
            from = mention.tokens.upperBound
        }
        found.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    private func shortMention(_ match: PhraseMatcher<String>.Match, full: [FoundReference], in text: AnalyzedText) -> FoundReference? {
        let type = match.value
        let ofType = full.filter { $0.value.documentType == type }
        guard !ofType.isEmpty else { return nil }
        let start = match.tokens.lowerBound
        var end = match.tokens.upperBound
        var value = DocumentReference(documentType: type, mention: .short)
        let target: FoundReference?
        if let demonstrative = (end..<min(end + 3, text.tokens.count)).first(where: { text.token(at: $0, is: DocumentWords.nay) }),
           (end..<demonstrative).allSatisfy({ text.tokens[$0].kind == .word && !text.isCapitalizedWord(at: $0) }) {
            end = demonstrative + 1
            target = ofType.last { $0.tokens.upperBound <= start } ?? only(ofType)
            context.attributes(after: end, in: text, into: &value)
        } else if text.token(at: end, is: DocumentWords.cua) {
            guard context.issuer(at: end + 1, in: text, into: &value) != nil, let code = value.issuerAttribute?.value else { return nil }
            target = only(ofType.filter { $0.value.issuerCodes.first == code || $0.value.issuerAttribute?.value == code })
            context.attributes(after: end, in: text, into: &value)
        } else if text.token(at: end, is: DocumentWords.ve) {
            context.attributes(after: end, in: text, into: &value)
            guard let subject = value.subjectAttribute.map({ words(of: $0, in: text) }), subject.count >= 2 else { return nil }
            target = only(ofType.filter { candidate in
                guard let other = candidate.value.subjectAttribute.map({ words(of: $0, in: text) }) else { return false }
                let shared = min(subject.count, other.count)
                return shared >= 2 && subject.prefix(shared) == other.prefix(shared)
            })
        } else {
            return nil
        }
        guard let target else { return nil }
        adopt(target, into: &value)
        return FoundReference(tokens: start..<end, value: value, source: "doc.short-mention", priority: 7)
    }

    /// The target when all of `targets` name one document.
    private func only(_ targets: [FoundReference]) -> FoundReference? {
        guard let first = targets.first, targets.allSatisfy({ $0.value.canonical == first.value.canonical }) else { return nil }
        return first
    }

    /// Gives a mention the identity of the document it was linked to.
    private func adopt(_ target: FoundReference, into value: inout DocumentReference) {
        value.canonical = target.value.canonical
    }

    private func sameNumber(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return false }
        return a.drop { $0 == "0" } == b.drop { $0 == "0" }
    }

    /// The lower-cased words of an attribute, for comparing subjects.
    private func words(of attribute: DocumentAttribute, in text: AnalyzedText) -> [String] {
        text.string(inView: attribute.viewRange).lowercased().split(separator: " ").map(String.init)
    }
}
